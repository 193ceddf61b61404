// The subcommands of the samenbeter binary, one registration function each.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/config.h"

namespace sb::cli {

void register_serve_command(CLI::App& app, Config& config);
void register_migrate_command(CLI::App& app, Config& config);
void register_demo_command(CLI::App& app, Config& config);
void register_user_command(CLI::App& app, Config& config);
void register_backup_command(CLI::App& app, Config& config);
void register_version_command(CLI::App& app);
void register_digest_command(CLI::App& app, Config& config);

}  // namespace sb::cli
