#include "cli/config.h"

#include <filesystem>

namespace sb::cli {

std::string Config::database_path() const { return (std::filesystem::path(data_dir) / "samenbeter.sqlite").string(); }

void add_data_dir_option(CLI::App& command, Config& config) {
  command.add_option("--data-dir", config.data_dir, "Folder of the database file (samenbeter.sqlite)")
      ->envname("SAMENBETER_DATA_DIR")
      ->capture_default_str();
}

}  // namespace sb::cli
