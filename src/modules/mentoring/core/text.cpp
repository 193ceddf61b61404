#include "modules/mentoring/core/text.h"

#include <algorithm>
#include <iterator>

namespace sb::mentoring {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Letters, digits and every byte of a multi-byte UTF-8 character belong to words.
bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

// Words too common to say anything about a shared interest.
constexpr std::string_view kFillerWords[] = {
    "aan", "als", "and", "are", "bij", "but", "dan", "dat", "die", "dit", "door", "een", "for", "from",
    "het", "hoe", "ik", "in", "is", "met", "naar", "niet", "nog", "of", "ons", "onze", "ook", "op",
    "over", "te", "the", "their", "this", "tot", "uit", "van", "veel", "voor", "wat", "wel", "wil",
    "with", "zijn", "zoals", "meer", "goed", "elkaar", "you"};

}  // namespace

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  // Excel sometimes leaves a no-break space (U+00A0) at either end.
  while (text.starts_with("\xC2\xA0")) text.remove_prefix(2);
  while (text.ends_with("\xC2\xA0")) text.remove_suffix(2);
  return text;
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char c : trim(text)) {
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(lower(c));
  }
  return out;
}

std::vector<std::string> keywords(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (current.size() >= 3 &&
        std::find(std::begin(kFillerWords), std::end(kFillerWords), current) == std::end(kFillerWords)) {
      words.push_back(current);
    }
    current.clear();
  };
  for (const char c : text) {
    if (is_word_byte(c)) {
      current.push_back(lower(c));
    } else {
      flush();
    }
  }
  flush();
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> parts;
  std::string current;
  auto flush = [&] {
    const auto part = trim(current);
    if (!part.empty()) parts.emplace_back(part);
    current.clear();
  };
  for (const char c : text) {
    if (c == ',' || c == ';' || c == '/' || c == '+' || c == '|' || is_space(c)) {
      flush();
    } else {
      current.push_back(c);
    }
  }
  flush();
  return parts;
}

}  // namespace sb::mentoring
