// The demo questionnaire of metingen: twenty statements in our own Dutch words,
// four in each of five dimensions of a learning culture. Programme staff find
// it ready to use; the demo rounds and the benchmarks answer it.
// Thread-safety: plain values.
#pragma once

#include "modules/measurements/core/model.h"

namespace sb {

Questionnaire demo_culture_questionnaire();

}  // namespace sb
