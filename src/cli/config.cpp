#include "cli/config.h"

#include <filesystem>
#include <regex>

#include "storage/postgres/postgres_store.h"

namespace sb::cli {

std::string Config::database_path() const {
  return (std::filesystem::path(data_dir) / "samenbeter.sqlite").string();
}

bool Config::on_postgres() const {
  return postgres::is_postgres_url(database);
}

Error naming_the_database(const Config& config, Error error) {
  if (config.on_postgres() && error.code == ErrorCode::unavailable) {
    error.message = "Cannot connect to PostgreSQL: " + config.database_name() + " cannot be reached (why: the warning above)";
  }
  return error;
}

std::string Config::database_name() const {
  if (!on_postgres()) return database_path();
  static const std::regex password(R"(://([^:/@]*):[^@/]*@)");
  return std::regex_replace(database, password, "://$1:***@");
}

std::string Config::files_path() const {
  return (std::filesystem::path(data_dir) / "files").string();
}

void add_data_dir_option(CLI::App& command, Config& config) {
  command.add_option("--data-dir", config.data_dir, "Folder of the database file (samenbeter.sqlite)")
      ->envname("SAMENBETER_DATA_DIR")
      ->capture_default_str();
  command
      .add_option("--database", config.database,
                  "PostgreSQL database to use instead of the SQLite file, e.g. "
                  "postgresql://samenbeter@db.example.nl/samenbeter (several servers may share it)")
      ->envname("SAMENBETER_DATABASE")
      ->check([](const std::string& value) {
        return value.empty() || postgres::is_postgres_url(value) ? std::string() : "must start with postgresql://";
      });
}

void add_mail_options(CLI::App& command, Config& config) {
  command
      .add_option("--public-url", config.public_url,
                  "Address users reach the app at, for links in e-mails "
                  "(https://… also marks cookies Secure)")
      ->envname("SAMENBETER_PUBLIC_URL");
  command
      .add_option("--smtp-url", config.smtp_url,
                  "SMTP server, e.g. smtp://mail.example.nl:587; empty: mails go to the log")
      ->envname("SAMENBETER_SMTP_URL");
  command.add_option("--smtp-user", config.smtp_user, "SMTP user name")->envname("SAMENBETER_SMTP_USER");
  command.add_option("--smtp-password", config.smtp_password, "SMTP password")->envname("SAMENBETER_SMTP_PASSWORD");
  command.add_option("--smtp-from", config.smtp_from, "Sender of e-mails")
      ->envname("SAMENBETER_SMTP_FROM")
      ->capture_default_str();
}

}  // namespace sb::cli
