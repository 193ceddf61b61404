// Request bodies into the modules' input types. The first byte chooses the
// reader; the rest is the body as a client sends it:
//   'b' the body reader every route uses (server/api/json_io.h), each field read
//       as the type the next byte names, then finish();
//   'p' a programme, 'r' a programme round (programmes/api/programme_json.h);
//   'd' a lesson design (lessons/api/lessons_json.h);
//   'w' the mentoring weights file (mentoring/cli/weights_json.h);
//   'm' a module's body reader (fuzz/module_bodies.h): its name, a line feed,
//       then the body ("mboard.new_item\n{...}").
// A reader either succeeds or returns an invalid_argument Error with a message;
// what it hands out is what the body said.
#include <boost/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "body_checks.h"
#include "check.h"
#include "module_bodies.h"
#include "modules/lessons/api/lessons_json.h"
#include "modules/mentoring/cli/weights_json.h"
#include "modules/programmes/api/programme_json.h"
#include "server/api/json_io.h"

namespace {

namespace json = boost::json;
using sb::api::BodyReader;

using sb::fuzz::check_refusal;
using sb::fuzz::check_result;

// A module's reader over a body that parses.
template <class Reader>
void check_body(std::string_view text, Reader read) {
  auto body = BodyReader::parse(text);
  if (body) check_result(read(*body));
}

// Reads every field of the body as the type that `types` names in turn; whatever is read matches the JSON.
void read_every_field(std::string_view body, std::string_view types) {
  auto reader = BodyReader::parse(body);
  if (!reader) return check_refusal(reader.error());
  const auto value = json::parse(body.empty() ? std::string_view("{}") : body);
  std::size_t next = 0;
  for (const auto& [key, field] : value.as_object()) {
    const char type = next < types.size() ? types[next++] : 's';
    const std::string name(key);
    switch (type % 8) {
      case 0: {
        auto text = reader->optional_string(name);
        if (text && *text) FUZZ_CHECK(field.is_string() && field.as_string() == **text);
        check_result(text);
        break;
      }
      case 1: {
        auto id = reader->optional_id(name);
        if (id && *id) FUZZ_CHECK(**id > 0);
        check_result(id);
        break;
      }
      case 2: {
        auto number = reader->optional_integer(name);
        if (number && *number) FUZZ_CHECK(field.is_int64() && field.as_int64() == **number);
        check_result(number);
        break;
      }
      case 3: check_result(reader->optional_number(name)); break;
      case 4: check_result(reader->optional_bool(name)); break;
      case 5: check_result(reader->optional_id_list(name)); break;
      case 6: {
        auto list = reader->string_list(name, 20);
        if (list) FUZZ_CHECK(list->size() <= 20);
        check_result(list);
        break;
      }
      default: {
        auto nested = reader->optional_object(name);
        check_result(nested);
        if (nested && *nested) check_result((*nested)->finish());
        break;
      }
    }
  }
  // Every field was asked for, so nothing is unknown.
  FUZZ_CHECK(reader->finish().has_value());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const char reader = static_cast<char>(data[0]);
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (reader) {
    case 'b': {
      // The field types come first, up to a NUL; then the body.
      const auto end = rest.find('\0');
      if (end == std::string_view::npos) return 0;
      read_every_field(rest.substr(end + 1), rest.substr(0, end));
      break;
    }
    case 'p': check_body(rest, sb::api::read_programme); break;
    case 'r': check_body(rest, sb::api::read_round); break;
    case 'd': check_body(rest, sb::api::read_design_patch); break;
    case 'w': {
      auto weights = sb::cli::parse_weights_json(rest);
      check_result(weights);
      if (weights) {
        // Written back in the file's own shape, it reads to the same weights.
        std::string again = "{";
        for (const auto& [name, weight] : *weights) {
          again += (again.size() > 1 ? ",\"" : "\"") + name + "\":" + std::to_string(weight);
        }
        const auto back = sb::cli::parse_weights_json(again + "}");
        FUZZ_CHECK(back && *back == *weights);
      }
      break;
    }
    case 'm': {
      const auto end = rest.find('\n');
      if (end == std::string_view::npos) return 0;
      const auto& readers = sb::fuzz::module_bodies();
      const auto found = readers.find(rest.substr(0, end));
      if (found == readers.end()) return 0;
      const auto text = rest.substr(end + 1);
      auto body = BodyReader::parse(text);
      if (!body) {
        check_refusal(body.error());
        return 0;
      }
      // BodyReader::parse took it, so it is an object (an empty body reads as {}).
      const auto value = json::parse(text.empty() ? std::string_view("{}") : text);
      found->second(*body, value.as_object());
      break;
    }
    default: break;
  }
  return 0;
}
