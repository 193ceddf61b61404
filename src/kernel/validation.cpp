#include "kernel/validation.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace sb {

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    char32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      extra = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + extra >= n) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Reject overlong forms, surrogates and code points past U+10FFFF.
    if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)) return false;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += extra + 1;
  }
  return true;
}

std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string trim(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

namespace {

std::unexpected<Error> refuse(std::string_view field, std::string message, std::string reason,
                              std::optional<double> min = {}, std::optional<double> max = {}) {
  return std::unexpected(Error::invalid(std::string(field), std::move(message)).because(std::move(reason), min, max));
}

std::unexpected<Error> not_utf8(std::string_view field) { return refuse(field, "Text is not valid UTF-8.", "invalid_characters"); }
std::unexpected<Error> required_here(std::string_view field) { return std::unexpected(Error::required(std::string(field))); }
std::unexpected<Error> longer_than(std::string_view field, std::size_t max_length) {
  return refuse(field, "Text is longer than " + std::to_string(max_length) + " characters.", "too_long", {},
                static_cast<double>(max_length));
}

bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20; }
bool is_line_control(char c) { return is_control(c) && c != '\n' && c != '\t' && c != '\r'; }

// The checks clean_name and clean_text share; `bad_char` decides which control characters are refused.
Result<std::string> clean(std::string_view field, std::string_view text, std::size_t max_length, Required required,
                          bool (*bad_char)(char)) {
  if (!is_valid_utf8(text)) return not_utf8(field);
  std::string out = trim(text);
  if (out.empty() && required == Required::yes) return required_here(field);
  if (utf8_length(out) > max_length) return longer_than(field, max_length);
  if (std::any_of(out.begin(), out.end(), bad_char)) {
    return refuse(field, "Text contains control characters.", "invalid_characters");
  }
  return out;
}

}  // namespace

Result<std::string> clean_name(std::string_view field, std::string_view text, std::size_t max_length) {
  return clean(field, text, max_length, Required::yes, is_control);
}

Result<std::string> clean_text(std::string_view field, std::string_view text, std::size_t max_length, Required required) {
  return clean(field, text, max_length, required, is_line_control);
}

Result<std::string> clean_email(std::string_view field, std::string_view text) {
  if (!is_valid_utf8(text)) return not_utf8(field);
  std::string out = trim(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  if (out.empty()) return required_here(field);
  if (out.size() > kMaxEmailLength) return longer_than(field, kMaxEmailLength);
  const auto at = out.find('@');
  const bool shape_ok = at != std::string::npos && at > 0 && out.find('@', at + 1) == std::string::npos &&
                        out.find('.', at + 2) != std::string::npos && out.back() != '.' &&
                        std::none_of(out.begin(), out.end(), [](char c) {
                          return c == ' ' || is_control(c) || c == '<' || c == '>' || c == ',';
                        });
  if (!shape_ok) return refuse(field, "This is not a valid e-mail address.", "invalid_email");
  return out;
}

Result<std::string> clean_brin(std::string_view field, std::string_view text) {
  std::string out = trim(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  });
  const bool ok_shape = out.size() == 4 && std::isdigit(static_cast<unsigned char>(out[0])) &&
                        std::isdigit(static_cast<unsigned char>(out[1])) && out[2] >= 'A' && out[2] <= 'Z' &&
                        out[3] >= 'A' && out[3] <= 'Z';
  if (!ok_shape) return refuse(field, "A BRIN code is two digits and two letters, e.g. 12AB.", "invalid_brin");
  return out;
}

Result<void> check_password(std::string_view field, std::string_view password) {
  if (!is_valid_utf8(password)) return not_utf8(field);
  const auto length = utf8_length(password);
  if (length < kMinPasswordLength) {
    return refuse(field, "A password has at least 8 characters.", "too_short", static_cast<double>(kMinPasswordLength));
  }
  if (length > kMaxPasswordLength) return longer_than(field, kMaxPasswordLength);
  return ok();
}

Result<std::string> clean_web_link(std::string_view field, std::string_view text) {
  SB_TRY(link, clean_name(field, text, kMaxLinkLength));
  const std::string_view rest = link.starts_with("https://") ? std::string_view(link).substr(8)
                                : link.starts_with("http://") ? std::string_view(link).substr(7)
                                                              : std::string_view();
  const bool has_host = !rest.empty() && rest.front() != '/' && rest.front() != '.';
  const bool spaced = std::any_of(link.begin(), link.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  if (!has_host || spaced) return refuse(field, "A link starts with https:// or http:// and a host, without spaces.", "not_a_link");
  return link;
}

}  // namespace sb
