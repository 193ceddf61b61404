// A message in the two languages of SamenBeter: Dutch first, English second.
//
// The mentoring engine explains its decisions to programme staff (Dutch) and
// to the English-speaking part of the team, so every reason it gives carries
// both texts. Thread-safety: plain values.
#pragma once

#include <string>

namespace sb::mentoring {

struct BilingualText {
  std::string nl;
  std::string en;
  friend bool operator==(const BilingualText&, const BilingualText&) = default;
};

}  // namespace sb::mentoring
