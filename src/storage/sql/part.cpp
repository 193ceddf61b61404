#include "storage/sql/part.h"

#include <string>

namespace sb::sql {

Result<Id> Part::insert_returning_id(Statement& statement, std::string_view duplicate_field) {
  SB_CHECK(insert(statement, duplicate_field));
  return db_.last_insert_id();
}

Result<void> Part::insert(Statement& statement, std::string_view duplicate_field) {
  auto result = statement.run();
  if (!result) {
    auto error = result.error();
    if (error.code == ErrorCode::already_exists) error.field = std::string(duplicate_field);
    return std::unexpected(error);
  }
  return ok();
}

Result<void> Part::versioned(Result<void> result, const char* exists_sql, Id id, std::string_view what) {
  if (!result) return result;
  if (db_.changes() > 0) return ok();
  auto q = db_.prepare(exists_sql);
  q.bind(1, id);
  if (q.step()) {
    return std::unexpected(
        Error{ErrorCode::conflict, "Someone else changed this " + std::string(what) + " first.", "version"});
  }
  return std::unexpected(Error::not_found("No such " + std::string(what) + "."));
}

}  // namespace sb::sql
