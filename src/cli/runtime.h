// Runtime: the one place where concrete types meet — the SQLite store, the
// libsodium hasher and secrets, the system clock, the mailer — bundled into
// core's Services for the subcommands. Thread-safety: build once per process.
#pragma once

#include <memory>
#include <optional>

#include "cli/config.h"
#include "kernel/event_arrivals.h"
#include "kernel/ports/file_store.h"
#include "kernel/services.h"
#include "modules/organisation/core/identity.h"
#include "platform/system_clock.h"

namespace sb::cli {

class Runtime {
 public:
  // Opens (and migrates) the database under config.data_dir, creating the folder.
  // Live events go to `events` when given (the server's live channel), else nowhere; on PostgreSQL a
  // command's changes to access and sessions still reach the running servers.
  // The clock is the system's, or stands still at `now` when given (samenbeter digest --at).
  static Result<std::unique_ptr<Runtime>> open(const Config& config, EventSink* events = nullptr,
                                               std::optional<UnixTime> now = std::nullopt);
  ~Runtime();
  Services& services() { return *services_; }
  // Who is behind a session, for the access gate.
  Identity& identity() { return *identity_; }

 private:
  Runtime() = default;
  // Declared before the relay, which calls them from its threads until it is destroyed.
  PrincipalCache principals_;
  std::unique_ptr<EventArrivals> arrivals_;
  // On PostgreSQL, live events go through the database to every server process (destroyed after the
  // store, whose last writes may still publish); a command's access changes reach them too (AccessNotices).
  std::unique_ptr<EventSink> relay_;
  std::unique_ptr<Store> store_;
  SystemClock system_clock_;
  std::optional<ManualClock> fixed_clock_;
  std::unique_ptr<PasswordHasher> hasher_;
  std::unique_ptr<Secrets> secrets_;
  std::unique_ptr<Mailer> mailer_;
  std::unique_ptr<FileStore> files_;
  NoEventSink no_events_;
  std::unique_ptr<Services> services_;
  std::unique_ptr<Identity> identity_;
};

// Sets up spdlog with the configured level.
void setup_logging(const std::string& level);

}  // namespace sb::cli
