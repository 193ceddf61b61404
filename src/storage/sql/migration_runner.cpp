#include "storage/sql/migration_runner.h"

namespace sb::sql {

namespace {

Result<void> run_migration(Connection& db, std::string_view module, const Migration& migration,
                           const MigrationSteps& steps) {
  SB_CHECK(db.exec(steps.begin));
  auto applied = db.exec(migration.sql);
  if (applied && steps.check_before_commit) applied = steps.check_before_commit(db);
  if (applied) {
    auto q = db.prepare("INSERT INTO schema_migrations (module, version, name) VALUES (?, ?, ?)");
    q.bind(1, module).bind(2, std::int64_t{migration.version}).bind(3, migration.name);
    applied = q.run();
  }
  if (!applied) {
    (void)db.exec("ROLLBACK");
    return std::unexpected(Error::internal("Migration " + std::string(module) + "/" + std::string(migration.name) +
                                           " failed: " + applied.error().message));
  }
  return db.exec("COMMIT");
}

}  // namespace

int applied_version(Connection& db, std::string_view module) {
  auto q = db.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE module = ?");
  q.bind(1, module);
  return q.step() ? static_cast<int>(q.integer(0)) : 0;
}

Result<std::vector<std::pair<std::string, int>>> apply_pending_migrations(Connection& db,
                                                                          const std::vector<Module>& modules,
                                                                          const MigrationSteps& steps) {
  std::vector<std::pair<std::string, int>> versions;
  for (const auto& module : modules) {
    int version = applied_version(db, module.name);
    for (const auto& migration : module.migrations(db.dialect())) {
      if (migration.version <= version) continue;
      SB_CHECK(run_migration(db, module.name, migration, steps));
      version = migration.version;
    }
    versions.emplace_back(std::string(module.name), version);
  }
  return versions;
}

}  // namespace sb::sql
