// `samenbeter serve`: the web server.
#include <spdlog/spdlog.h>

#include <sys/resource.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "cli/job_runner.h"
#include "cli/runtime.h"
#include "modules/organisation/core/demo.h"
#include "cli/modules.h"
#include "server/app.h"
#include "server/realtime/hub.h"

namespace sb::cli {
namespace {

// Every board screen holds a socket: lift the soft limit on open files to the
// hard one (often 1024 → 1M), so thousands of screens can connect.
void raise_open_file_limit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0) spdlog::warn("could not raise the open-file limit");
  }
}

}  // namespace

void register_serve_command(CLI::App& app, Config& config) {
  auto* command = app.add_subcommand("serve", "Serve the web app and the API");
  add_data_dir_option(*command, config);
  command->add_option("--address", config.address, "Address to listen on")->envname("SAMENBETER_ADDRESS")->capture_default_str();
  command->add_option("-p,--port", config.port, "Port to listen on (0: any free port)")
      ->envname("SAMENBETER_PORT")
      ->capture_default_str();
  command->add_option("--workers", config.workers, "Worker threads for requests that hash a password")
      ->envname("SAMENBETER_WORKERS")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  command->add_option("--io-threads", config.io_threads, "Threads that serve connections (0: one per core)")
      ->envname("SAMENBETER_IO_THREADS")
      ->check(CLI::Range(0, 64))
      ->capture_default_str();
  command->add_option("--database-writers", config.database_writers,
                      "On PostgreSQL: connections that commit writes side by side (keep 1: more abort "
                      "each other, docs/PERFORMANCE.md)")
      ->envname("SAMENBETER_DATABASE_WRITERS")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  command->add_option("--session-idle-timeout", config.session_idle_seconds, "Seconds without a request before a session ends")
      ->envname("SAMENBETER_SESSION_IDLE_TIMEOUT")
      ->check(CLI::Range(1, 30 * 24 * 3600))
      ->capture_default_str();
  command->add_option("--access-log", config.access_log, "Log every request (true/false); other log lines stay")
      ->envname("SAMENBETER_ACCESS_LOG")
      ->capture_default_str();
  command->add_option("--trusted-proxies", config.trusted_proxies,
                      "Addresses of reverse proxies whose X-Forwarded-For names the client, comma-separated "
                      "(e.g. 127.0.0.1 for nginx on this host); others' X-Forwarded-For is ignored")
      ->envname("SAMENBETER_TRUSTED_PROXIES")
      ->delimiter(',');
  command->add_option("--upload-limit-mb", config.upload_limit_mb, "The largest file a teacher may upload, in MiB")
      ->envname("SAMENBETER_UPLOAD_LIMIT_MB")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  add_mail_options(*command, config);
  command->add_flag("--insecure-fast-password-hashing", config.insecure_fast_hashing,
                    "Hash passwords at minimal cost. For automated tests only, never in production")
      ->envname("SAMENBETER_INSECURE_FAST_HASH");

  command->callback([&config] {
    raise_open_file_limit();
    realtime::Hub hub;
    auto runtime = Runtime::open(config, &hub);
    if (!runtime) throw CLI::RuntimeError("Cannot open the database: " + runtime.error().message, 1);
    const bool behind_tls = config.public_url.starts_with("https://");
    api::ServerSettings settings{behind_tls};
    auto router = api::make_api_router((*runtime)->services(), (*runtime)->identity(), settings, api_modules());

    http::ServerOptions options;
    options.address = config.address;
    options.port = config.port;
    options.worker_threads = config.workers;
    options.io_threads = config.io_threads > 0 ? config.io_threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    options.hub = &hub;
    options.access_log = config.access_log;
    options.trusted_proxies = config.trusted_proxies;
    // Uploads stream to an anonymous file beside the stored files (same disk), up to the upload limit.
    options.streams_body = [&router](const std::string& method, const std::string& path) {
      return router->streams_body(method, path);
    };
    options.limits.streamed_body_bytes = static_cast<std::uint64_t>(config.upload_limit_mb) * 1024 * 1024;
    options.spool_dir = config.files_path() + "/.incoming";
    http::HttpServer server(options, make_app_handler(*router, behind_tls), placement);
    hub.set_post([&server](std::function<void()> task) { server.post(std::move(task)); });
    // The modules' periodic jobs (the weekly digest) on a thread of their own, until the server stops.
    JobRunner jobs((*runtime)->services(), periodic_jobs());
    const auto error = server.run(http::HttpServer::Signals::handle, [&](std::uint16_t port) {
      // The first line on stdout is machine-readable: tests read the port from it. Written in one piece: the
      // periodic jobs' thread logs to stdout too, and a log line must not land between the address and the port.
      std::cout << ("SamenBeter listening on http://" + config.address + ":" + std::to_string(port) + "\n")
                << std::flush;
      std::cout << "Demo accounts (password " << kDemoPassword << "), when demo data is loaded:" << std::endl;
      for (const auto& account : demo_accounts()) {
        std::cout << "  " << account.email << "  — " << account.description << std::endl;
      }
    });
    if (!error.empty()) throw CLI::RuntimeError(error, 1);
    spdlog::info("stopped");
  });
}

}  // namespace sb::cli
