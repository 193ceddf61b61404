// Applying each module's pending migrations, the same on every database: the
// versions applied are counted per module in schema_migrations (module,
// version), modules go in order, and each migration is one transaction with
// its row in schema_migrations, so a failed one leaves the schema as it was
// and stops the rest. The store makes the table and says how its database
// opens a migration's transaction and what it checks before the commit.
// Thread-safety: as the connection.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kernel/error.h"
#include "storage/sql/module.h"

namespace sb::sql {

struct MigrationSteps {
  const char* begin = "BEGIN";
  // Runs after the migration's SQL, before its commit (SQLite checks foreign keys here); none: nothing.
  std::function<Result<void>(Connection&)> check_before_commit;
};

// The highest migration of `module` applied so far (0: none).
int applied_version(Connection& db, std::string_view module);

// Applies the modules' migrations for db.dialect() beyond their applied versions; returns each module's
// version afterwards.
Result<std::vector<std::pair<std::string, int>>> apply_pending_migrations(Connection& db,
                                                                          const std::vector<Module>& modules,
                                                                          const MigrationSteps& steps);

}  // namespace sb::sql
