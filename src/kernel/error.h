// The error vocabulary of SamenBeter.
//
// Every fallible operation in core returns Result<T> = std::expected<T, Error>.
// An Error carries a code from a small fixed vocabulary (after Abseil's status
// codes), a human-readable message in English (the web app shows its own
// translated text keyed by code and field), and optionally the name of the
// input field it concerns. The server maps codes to HTTP status in exactly one
// place (server/api/error_mapping). Thread-safety: plain values.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sb {

enum class ErrorCode {
  // The caller sent something malformed or out of range; fixing the input fixes it.
  invalid_argument,
  // The thing asked for does not exist, or the caller may not know it exists.
  not_found,
  // A thing with the same identity (e-mail, BRIN code, ...) already exists.
  already_exists,
  // The caller is known but their roles do not allow this.
  permission_denied,
  // The caller is not signed in, or their session expired.
  unauthenticated,
  // The system is not in a state that allows this (e.g. invitation already used).
  failed_precondition,
  // The caller worked on a stale version; they must reload and retry.
  conflict,
  // A limit was reached (too many attempts, too large, capacity full).
  resource_exhausted,
  // A dependency cannot take the request now (the disk is full); nothing was
  // saved, and the same request may succeed later.
  unavailable,
  // A bug or an unexpected failure of a dependency; never the caller's fault.
  internal,
};

std::string_view to_string(ErrorCode code);

struct Error {
  Error() = default;
  Error(ErrorCode code_, std::string message_, std::string field_ = {})
      : code(code_), message(std::move(message_)), field(std::move(field_)) {}

  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::string field;  // empty when the error is not about one input field
  // Why, more precisely than the code, as a stable word the web app translates
  // ("required", "too_long", "out_of_range", ...; docs/API.md lists them);
  // empty when the code and field say it all.
  std::string reason;
  // The bounds the input broke, when it broke one: lengths in characters,
  // values in the field's own unit, so the message can name the limit.
  std::optional<double> min;
  std::optional<double> max;

  Error because(std::string why, std::optional<double> lowest = {}, std::optional<double> highest = {}) && {
    reason = std::move(why);
    min = lowest;
    max = highest;
    return std::move(*this);
  }

  static Error invalid(std::string field, std::string message) {
    return {ErrorCode::invalid_argument, std::move(message), std::move(field)};
  }
  // A required input that is missing or empty.
  static Error required(std::string field) {
    Error error{ErrorCode::invalid_argument, "This field is required.", std::move(field)};
    error.reason = "required";
    return error;
  }
  static Error not_found(std::string message) { return {ErrorCode::not_found, std::move(message), {}}; }
  static Error denied(std::string message = "You do not have access to this.") {
    return {ErrorCode::permission_denied, std::move(message), {}};
  }
  static Error unauthenticated(std::string message = "Please sign in.") {
    return {ErrorCode::unauthenticated, std::move(message), {}};
  }
  static Error internal(std::string message) { return {ErrorCode::internal, std::move(message), {}}; }
  static Error storage_full() {
    return {ErrorCode::unavailable, "Storage is full: nothing was saved. Try again later; if it lasts, tell the administrator.", {}};
  }
};

template <typename T>
using Result = std::expected<T, Error>;

// Result<void> success value, so call sites read `return ok();`.
inline Result<void> ok() { return {}; }

// Keeps only success or failure of a result (g++ 12 lacks std::expected::transform).
template <typename T>
Result<void> drop_value(const Result<T>& result) {
  if (!result) return std::unexpected(result.error());
  return ok();
}

}  // namespace sb

// `SB_TRY(value, expression);` declares `value` from a Result, or returns its
// error from the enclosing function (which must return a Result).
#define SB_TRY_CONCAT_INNER(a, b) a##b
#define SB_TRY_CONCAT(a, b) SB_TRY_CONCAT_INNER(a, b)
#define SB_TRY(name, expression)                                                \
  auto SB_TRY_CONCAT(sb_try_, __LINE__) = (expression);                         \
  if (!SB_TRY_CONCAT(sb_try_, __LINE__)) {                                      \
    return std::unexpected(std::move(SB_TRY_CONCAT(sb_try_, __LINE__)).error()); \
  }                                                                             \
  auto name = std::move(*SB_TRY_CONCAT(sb_try_, __LINE__))

// `SB_CHECK(expression);` returns the error of a Result<void> from the
// enclosing function, or goes on.
// The result's name carries the line, so an SB_CHECK inside a lambda inside
// another SB_CHECK does not shadow the outer one.
#define SB_CHECK(expression)                                                                     \
  do {                                                                                           \
    if (auto SB_TRY_CONCAT(sb_check_, __LINE__) = (expression); !SB_TRY_CONCAT(sb_check_, __LINE__)) { \
      return std::unexpected(std::move(SB_TRY_CONCAT(sb_check_, __LINE__)).error());             \
    }                                                                                            \
  } while (false)
