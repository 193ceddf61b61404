// Part: the base of a module's SQL store — the connection of the unit of work
// and the two helpers every module's writes use. A module's store derives from
// its store interfaces and from this.
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include <string_view>

#include "kernel/error.h"
#include "kernel/model.h"
#include "storage/sql/connection.h"

namespace sb::sql {

class Part {
 protected:
  explicit Part(Connection& connection) : db_(connection) {}

  // Runs an INSERT into a table with an identity id and returns that id; a duplicate is already_exists naming
  // `duplicate_field`.
  Result<Id> insert_returning_id(Statement& statement, std::string_view duplicate_field);
  // As insert_returning_id, for a table whose key the INSERT gives (no identity column): PostgreSQL's lastval()
  // fails, aborting the transaction, when the session has used no sequence yet.
  Result<void> insert(Statement& statement, std::string_view duplicate_field);
  // After a versioned UPDATE/DELETE: ok, conflict (row there, other version) or not_found.
  Result<void> versioned(Result<void> result, const char* exists_sql, Id id, std::string_view what);

  Connection& db_;
};

}  // namespace sb::sql
