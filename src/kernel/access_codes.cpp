#include "kernel/access_codes.h"

#include <cctype>

namespace sb {

std::string code_from_random(std::uint64_t random) {
  std::string code;
  for (int i = 0; i < kCodeLength; ++i) {
    code.push_back(kCodeAlphabet[random % kCodeAlphabet.size()]);
    random /= kCodeAlphabet.size();
  }
  return code;
}

std::optional<std::string> normalise_code(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == ' ' || c == '-') continue;
    const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (kCodeAlphabet.find(upper) == std::string_view::npos) return std::nullopt;
    code.push_back(upper);
    if (code.size() > static_cast<std::size_t>(kCodeLength)) return std::nullopt;
  }
  if (code.size() != static_cast<std::size_t>(kCodeLength)) return std::nullopt;
  return code;
}

}  // namespace sb
