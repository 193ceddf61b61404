// Input rules shared by every use case: text limits, e-mail addresses, BRIN
// codes, passwords. Each check returns invalid_argument naming the field, so
// the web app can show the error next to the right input.
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "kernel/error.h"

namespace sb {

inline constexpr std::size_t kMaxNameLength = 200;
inline constexpr std::size_t kMaxEmailLength = 254;
inline constexpr std::size_t kMinPasswordLength = 8;
inline constexpr std::size_t kMaxPasswordLength = 200;

bool is_valid_utf8(std::string_view text);
// Number of Unicode code points; assumes valid UTF-8.
std::size_t utf8_length(std::string_view text);
std::string trim(std::string_view text);

// Trimmed, non-empty, valid UTF-8, no control characters, at most max_length code points.
Result<std::string> clean_name(std::string_view field, std::string_view text, std::size_t max_length = kMaxNameLength);
// Trimmed and lower-cased; one '@' with text on both sides and a dot in the domain.
Result<std::string> clean_email(std::string_view field, std::string_view text);
// Like clean_name but keeps line breaks and tabs (notes, replies); empty allowed when `required` is false.
enum class Required { yes, no };
Result<std::string> clean_text(std::string_view field, std::string_view text, std::size_t max_length, Required required);
// Two digits followed by two letters, e.g. "12AB"; returned upper-cased.
Result<std::string> clean_brin(std::string_view field, std::string_view text);
Result<void> check_password(std::string_view field, std::string_view password);

inline constexpr std::size_t kMaxLinkLength = 2000;
// A web address people may follow: http:// or https://, a host, no spaces or control characters, at most
// kMaxLinkLength; reason not_a_link otherwise (never javascript:, data: or a relative path).
Result<std::string> clean_web_link(std::string_view field, std::string_view text);

}  // namespace sb
