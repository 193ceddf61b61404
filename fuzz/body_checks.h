// What every body reader promises (fuzz/request_json_fuzz.cpp): it either
// succeeds, or refuses with an invalid_argument Error that has a message; and
// helpers for the cheap checks of what a reader hands out.
#pragma once

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "check.h"
#include "kernel/error.h"
#include "server/api/json_io.h"

namespace sb::fuzz {

inline void check_refusal(const Error& error) {
  FUZZ_CHECK(error.code == ErrorCode::invalid_argument);
  FUZZ_CHECK(!error.message.empty());
}

template <class T>
void check_result(const Result<T>& result) {
  if (!result) check_refusal(result.error());
}

// A reader with no check beyond success or a clear refusal.
template <auto read>
void plain(api::BodyReader& body, const boost::json::object&) {
  check_result(read(body));
}

// A reader that takes the id its route's path names.
template <auto read>
void with_path_id(api::BodyReader& body, const boost::json::object&) {
  check_result(read(body, Id{7}));
}

// When the body has `name` as a string, it is what was read.
inline void same_text(const boost::json::object& json, std::string_view name, const std::string& read) {
  if (const auto* field = json.if_contains(name); field && field->is_string()) FUZZ_CHECK(field->as_string() == read);
}
inline void same_text(const boost::json::object& json, std::string_view name, const std::optional<std::string>& read) {
  if (read) same_text(json, name, *read);
}

template <class T>
bool within(T value, T low, T high) {
  return low <= value && value <= high;
}

}  // namespace sb::fuzz
