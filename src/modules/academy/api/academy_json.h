// The bodies the academy's routes take, read into its input types. Each reader
// reads the whole body and refuses a field it does not know.
// Thread-safety: pure functions.
#pragma once

#include <optional>

#include "modules/academy/core/model.h"
#include "modules/academy/core/rules.h"
#include "server/api/json_io.h"

namespace sb::api {

Result<AcademyModuleInput> read_academy_module(BodyReader& body);
Result<AcademyItemInput> read_academy_item(BodyReader& body);
// {"mark": "seen" | "done" | null}, required; null takes the mark away (nullopt).
Result<std::optional<AcademyMarkState>> read_academy_mark(BodyReader& body);

}  // namespace sb::api
