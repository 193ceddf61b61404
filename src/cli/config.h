// Configuration shared by the subcommands: where the data lives and how the
// server runs. Every option is a flag and a SAMENBETER_* environment variable
// (flags win). Thread-safety: plain values, filled before anything runs.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "kernel/error.h"

namespace sb::cli {

struct Config {
  std::string data_dir = "data";
  // Empty: the embedded SQLite file in data_dir. postgresql://…: that PostgreSQL database, which several
  // server processes may share (data_dir then holds only uploaded files, which they must share too).
  std::string database;
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;
  std::string public_url;  // default: http://ADDRESS:PORT
  // Only requests that hash a password run on workers (other writes are fibers on the I/O threads);
  // at most two hashes run at once anyway (64 MiB each).
  int workers = 4;
  // 0: one per core. Reads and writes are handled on these threads, so they scale with the cores.
  int io_threads = 0;
  // On PostgreSQL: writer connections committing side by side. Keep 1: serializable writers abort each other
  // (postgres_store.h); more is there to measure that again.
  int database_writers = 1;
  std::string log_level = "info";
  bool access_log = true;
  // Reverse proxies whose X-Forwarded-For names the client (e.g. nginx on this host: 127.0.0.1).
  std::vector<std::string> trusted_proxies;
  bool insecure_fast_hashing = false;  // tests only
  int session_idle_seconds = 8 * 60 * 60;
  std::string smtp_url;
  std::string smtp_user;
  std::string smtp_password;
  std::string smtp_from = "SamenBeter <noreply@samenbeter.nl>";
  int upload_limit_mb = 25;  // the largest file a teacher may upload (lesson materials)

  bool on_postgres() const;
  std::string database_path() const;  // the SQLite file
  // What the database is called in messages: the SQLite file, or the PostgreSQL URL without its password.
  std::string database_name() const;
  std::string files_path() const;  // uploaded files: <data-dir>/files
};

// A database out of reach, said to whoever runs the command: which database (without its password). A server's answer
// to a request never names it (storage/postgres/connection.cpp); libpq's reason is in the warning logged before.
Error naming_the_database(const Config& config, Error error);

// Adds --data-dir and --database to a subcommand.
void add_data_dir_option(CLI::App& command, Config& config);
// Adds what mailing needs to a subcommand: --public-url (links in mails) and --smtp-*.
void add_mail_options(CLI::App& command, Config& config);

}  // namespace sb::cli
