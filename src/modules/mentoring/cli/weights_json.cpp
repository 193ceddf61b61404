#include "modules/mentoring/cli/weights_json.h"

#include <charconv>

namespace sb::cli {
namespace {

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {
    if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
  }

  Result<std::vector<std::pair<std::string, std::int64_t>>> object() {
    std::vector<std::pair<std::string, std::int64_t>> out;
    skip_space();
    if (!take('{')) return fail("expected '{'");
    skip_space();
    if (take('}')) return finish(std::move(out));
    while (true) {
      skip_space();
      SB_TRY(name, string());
      for (const auto& [existing, value] : out) {
        if (existing == name) return fail("'" + name + "' appears twice");
      }
      skip_space();
      if (!take(':')) return fail("expected ':'");
      skip_space();
      SB_TRY(value, integer());
      out.emplace_back(std::move(name), value);
      skip_space();
      if (take('}')) return finish(std::move(out));
      if (!take(',')) return fail("expected ',' or '}'");
    }
  }

 private:
  Result<std::vector<std::pair<std::string, std::int64_t>>> finish(std::vector<std::pair<std::string, std::int64_t>> out) {
    skip_space();
    if (position_ != text_.size()) return fail("unexpected text after the object");
    return out;
  }

  Result<std::string> string() {
    if (!take('"')) return fail("expected a quoted name");
    std::string out;
    while (position_ < text_.size() && text_[position_] != '"') {
      if (text_[position_] == '\\') return fail("escapes are not supported in names");
      out.push_back(text_[position_++]);
    }
    if (!take('"')) return fail("unterminated name");
    return out;
  }

  Result<std::int64_t> integer() {
    std::int64_t value = 0;
    const char* begin = text_.data() + position_;
    const auto [end, error] = std::from_chars(begin, text_.data() + text_.size(), value);
    if (error != std::errc{} || end == begin) return fail("expected a whole number");
    position_ += static_cast<std::size_t>(end - begin);
    if (position_ < text_.size() && (text_[position_] == '.' || text_[position_] == 'e' || text_[position_] == 'E')) {
      return fail("weights are whole numbers");
    }
    return value;
  }

  void skip_space() {
    while (position_ < text_.size() && (text_[position_] == ' ' || text_[position_] == '\n' ||
                                         text_[position_] == '\r' || text_[position_] == '\t')) {
      ++position_;
    }
  }

  bool take(char c) {
    if (position_ < text_.size() && text_[position_] == c) {
      ++position_;
      return true;
    }
    return false;
  }

  std::unexpected<Error> fail(std::string message) const {
    int line = 1;
    for (std::size_t i = 0; i < position_ && i < text_.size(); ++i) line += text_[i] == '\n';
    return std::unexpected(Error::invalid("weights", "line " + std::to_string(line) + ": " + message));
  }

  std::string_view text_;
  std::size_t position_ = 0;
};

}  // namespace

Result<std::vector<std::pair<std::string, std::int64_t>>> parse_weights_json(std::string_view text) {
  return Parser(text).object();
}

}  // namespace sb::cli
