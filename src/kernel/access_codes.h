// Access codes: what students type on their phone to reach a feedback round
// (voice) or a class board (classboard). Seven characters from an alphabet
// without look-alikes (no 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, U/V), in capitals;
// typing is forgiving (lower case, spaces and dashes are fine). Each module
// decides when its codes expire. The arithmetic of guessing one is in
// docs/API.md (Student voice).
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sb {

inline constexpr std::string_view kCodeAlphabet = "ACEFGHJKMNPRTWXY34679";
inline constexpr int kCodeLength = 7;

// A code drawn from 64 random bits.
std::string code_from_random(std::uint64_t random);
// What a student typed as a code, normalised ("ace-3k7 9" -> "ACE3K79"), or nullopt when it cannot be one.
std::optional<std::string> normalise_code(std::string_view typed);

}  // namespace sb
