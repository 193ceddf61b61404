// The samenbeter executable: one binary with subcommands (serve, migrate,
// demo, user, backup, digest, version, match). This folder is the one place where
// concrete types (SQLite, libsodium, Beast) meet core's interfaces.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "modules/mentoring/cli/match_command.h"
#include "cli/runtime.h"

int main(int argc, char** argv) {
  CLI::App app{"SamenBeter — elke dag samen een beetje beter"};
  app.require_subcommand(1);
  sb::cli::Config config;
  app.add_option("--log-level", config.log_level, "trace, debug, info, warn, error")
      ->envname("SAMENBETER_LOG_LEVEL")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error"}))
      ->capture_default_str();
  app.parse_complete_callback([&config] { sb::cli::setup_logging(config.log_level); });

  sb::cli::register_serve_command(app, config);
  sb::cli::register_migrate_command(app, config);
  sb::cli::register_demo_command(app, config);
  sb::cli::register_user_command(app, config);
  sb::cli::register_backup_command(app, config);
  sb::cli::register_digest_command(app, config);
  sb::cli::register_version_command(app);
  sb::cli::register_match_command(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& failure) {
    // A command that failed (cannot open the database, a refused input): CLI11's exit() stays silent for these,
    // so the message is printed here (an empty one: the command printed its own).
    if (*failure.what() != '\0') std::cerr << "samenbeter: " << failure.what() << '\n';
    return failure.get_exit_code();
  } catch (const CLI::ParseError& mistake) {
    return app.exit(mistake);
  }
  return 0;
}
