// The operator's subcommands: migrate, demo, user, backup, version.
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/demo_data.h"
#include "cli/modules.h"
#include "cli/runtime.h"
#include "modules/organisation/core/auth.h"
#include "storage/postgres/postgres_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::cli {
namespace {

Runtime& open_or_throw(const Config& config, std::unique_ptr<Runtime>& holder) {
  auto runtime = Runtime::open(config);
  if (!runtime) throw CLI::RuntimeError("Cannot open the database: " + runtime.error().message, 1);
  holder = std::move(*runtime);
  return *holder;
}

void fail_on(const Result<void>& result) {
  if (!result) throw CLI::RuntimeError(result.error().message, 1);
}

}  // namespace

void register_migrate_command(CLI::App& app, Config& config) {
  auto* command =
      app.add_subcommand("migrate", "Apply pending database migrations and print each module's schema version");
  add_data_dir_option(*command, config);
  command->callback([&config] {
    std::filesystem::create_directories(config.data_dir);
    auto versions = config.on_postgres() ? postgres::migrate_database(config.database, store_modules())
                                         : sqlite::migrate_database(config.database_path(), store_modules());
    if (!versions) throw CLI::RuntimeError(naming_the_database(config, versions.error()).message, 1);
    std::cout << "Database " << config.database_name() << " is at schema version";
    for (const auto& [module, version] : *versions) std::cout << " " << module << " " << version;
    std::cout << std::endl;
  });
}

void register_demo_command(CLI::App& app, Config& config) {
  auto* command = app.add_subcommand("demo", "Load the demo data into a new database");
  add_data_dir_option(*command, config);
  static bool if_empty = false;
  command->add_flag("--if-empty", if_empty, "Do nothing (and succeed) when the database already has data");
  command
      ->add_flag("--insecure-fast-password-hashing", config.insecure_fast_hashing,
                 "Hash passwords at minimal cost. For automated tests only")
      ->envname("SAMENBETER_INSECURE_FAST_HASH");
  command->callback([&config] {
    std::unique_ptr<Runtime> holder;
    auto& runtime = open_or_throw(config, holder);
    auto loaded = load_demo_data(runtime.services(),
                                 if_empty ? DemoMode::skip_if_not_empty : DemoMode::refuse_if_not_empty, demo_steps());
    if (!loaded) throw CLI::RuntimeError(loaded.error().message, 1);
    std::cout << (*loaded ? "Demo data loaded into " : "Database already has data, left as it is: ")
              << config.database_name() << std::endl;
  });
}

void register_user_command(CLI::App& app, Config& config) {
  auto* command = app.add_subcommand("user", "Manage accounts from the command line");
  command->require_subcommand(1);
  static std::string email, name, password;

  auto* create = command->add_subcommand("create-admin", "Create a platform admin");
  add_data_dir_option(*create, config);
  create->add_option("--email", email, "E-mail address")->required();
  create->add_option("--name", name, "Full name")->required();
  create->add_option("--password", password, "Password (or SAMENBETER_PASSWORD)")
      ->envname("SAMENBETER_PASSWORD")
      ->required();
  create->callback([&config] {
    std::unique_ptr<Runtime> holder;
    auto& runtime = open_or_throw(config, holder);
    auto id = create_admin(runtime.services(), email, name, password);
    if (!id)
      throw CLI::RuntimeError(id.error().message + (id.error().field.empty() ? "" : " (" + id.error().field + ")"), 1);
    std::cout << "Admin " << email << " created (user " << *id << ")" << std::endl;
  });

  auto* reset = command->add_subcommand("reset-password", "Set a user's password and end their sessions");
  add_data_dir_option(*reset, config);
  reset->add_option("--email", email, "E-mail address")->required();
  reset->add_option("--password", password, "New password (or SAMENBETER_PASSWORD)")
      ->envname("SAMENBETER_PASSWORD")
      ->required();
  reset->callback([&config] {
    std::unique_ptr<Runtime> holder;
    auto& runtime = open_or_throw(config, holder);
    fail_on(set_password(runtime.services(), email, password));
    std::cout << "Password of " << email << " set; their sessions have ended" << std::endl;
  });
}

void register_backup_command(CLI::App& app, Config& config) {
  auto* command = app.add_subcommand("backup", "Copy the live database to a file (safe while serving)");
  add_data_dir_option(*command, config);
  static std::string destination;
  command->add_option("--to", destination, "Backup file to write")->required();
  command->callback([&config] {
    if (std::filesystem::exists(destination)) throw CLI::RuntimeError("Refusing to overwrite " + destination, 1);
    // On PostgreSQL pg_dump writes it (custom format: restore with pg_restore); on SQLite the online backup.
    fail_on(config.on_postgres() ? postgres::backup_database(config.database, destination)
                                 : sqlite::backup_database(config.database_path(), destination));
    std::cout << "Backup of " << config.database_name() << " written to " << destination
              << (config.on_postgres() ? " (pg_dump custom format; restore with pg_restore)" : "") << std::endl;
  });
}

void register_version_command(CLI::App& app) {
  auto* command = app.add_subcommand("version", "Print the version");
  command->callback([] { std::cout << "samenbeter " << SAMENBETER_VERSION << std::endl; });
}

}  // namespace sb::cli
