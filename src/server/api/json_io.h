// Strict JSON in, JSON out, for the API handlers.
//
// BodyReader parses a request body and hands out its fields by name and
// type; every problem (malformed JSON, invalid UTF-8, wrong type, missing or
// unknown field, overlong text) becomes an invalid_argument naming the field.
// Call finish() after reading to refuse unknown fields. A nested object is read
// by a reader of its own, whose errors name the field under its parent
// ("next_cycle.starts_on", "goals.0.reached"); call its finish() too. The
// to_json functions give the API's one shape for each core type.
// Thread-safety: one reader per request.
#pragma once

#include <boost/json/value.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/model.h"
#include "kernel/policy.h"

namespace sb::api {

class BodyReader {
 public:
  // An empty body reads as an empty object.
  static Result<BodyReader> parse(std::string_view body);

  Result<std::string> string(std::string_view name);
  Result<std::optional<std::string>> optional_string(std::string_view name);
  Result<Id> id(std::string_view name);
  Result<std::optional<Id>> optional_id(std::string_view name);
  // Present-but-null is "clear it" (inner nullopt); absent is "leave it" (outer nullopt).
  Result<std::optional<std::optional<Id>>> nullable_id(std::string_view name);
  Result<std::optional<std::optional<std::string>>> nullable_string(std::string_view name);
  Result<std::optional<double>> optional_number(std::string_view name);
  Result<std::optional<std::int64_t>> optional_integer(std::string_view name);
  Result<std::int64_t> integer(std::string_view name);
  Result<std::optional<bool>> optional_bool(std::string_view name);
  Result<std::optional<std::vector<Id>>> optional_id_list(std::string_view name);
  // A list of texts (absent reads as empty); more than `max_size` is refused.
  Result<std::vector<std::string>> string_list(std::string_view name, std::size_t max_size);
  // A nested object, read field by field like the body.
  Result<std::optional<BodyReader>> optional_object(std::string_view name);
  // A list of objects (absent reads as empty); more than `max_size` is refused.
  Result<std::vector<BodyReader>> object_list(std::string_view name, std::size_t max_size);
  // A list of texts (absent reads as nullopt); more than `max_size` is refused with reason too_many.
  Result<std::optional<std::vector<std::string>>> optional_string_list(std::string_view name, std::size_t max_size);
  // Whether the body has the field at all (also when null), without reading it.
  bool has(std::string_view name) const { return object_.contains(name); }
  // Refuses any field that was not asked for.
  Result<void> finish() const;

 private:
  explicit BodyReader(boost::json::object object, std::string prefix = "")
      : object_(std::move(object)), prefix_(std::move(prefix)) {}
  const boost::json::value* field(std::string_view name);
  const boost::json::value* raw_field(std::string_view name);
  std::string named(std::string_view name) const { return prefix_ + std::string(name); }
  boost::json::object object_;
  std::string prefix_;  // where a nested object sits, e.g. "next_cycle."
  std::set<std::string, std::less<>> read_;
};

// What a body that changes something asks, with the version it was read at.
template <class T>
struct Versioned {
  T value;
  std::int64_t version = 0;
};

// A body of only {"version": n} (archive, resolve, delete-like actions).
Result<std::int64_t> read_version_only(BodyReader& body);

// What accepting an invitation link sends (an organisation's or a programme round's): {"name"?, "password"}.
struct AccountSetup {
  std::string name;
  std::string password;
};
Result<AccountSetup> read_account_setup(BodyReader& body);

// A positive id from a path segment, or nullopt.
std::optional<Id> parse_id(std::string_view text);

std::string serialize(const boost::json::value& value);

// The kernel's types, as every module shows them.
boost::json::object to_json(const User& user);
boost::json::object to_json(const MembershipView& membership);
boost::json::object member_json(const MembershipView& membership);
boost::json::object me_json(const Principal& principal, std::string_view csrf_token);
std::string iso_time(UnixTime time);
boost::json::value optional_id_json(const std::optional<Id>& id);
// The name when the id is set, else null.
boost::json::value name_or_null(const std::optional<Id>& id, const std::string& name);

}  // namespace sb::api
