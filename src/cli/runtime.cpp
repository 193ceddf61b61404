#include "cli/runtime.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>

#include "cli/modules.h"
#include "modules/organisation/core/identity_state.h"
#include "platform/local_file_store.h"
#include "platform/mailers.h"
#include "platform/sodium_hasher.h"
#include "platform/sodium_secrets.h"
#include "storage/postgres/live_relay.h"
#include "storage/postgres/postgres_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::cli {

Result<std::unique_ptr<Runtime>> Runtime::open(const Config& config, EventSink* events, std::optional<UnixTime> now) {
  std::error_code ec;
  std::filesystem::create_directories(config.data_dir, ec);
  if (ec) return std::unexpected(Error::internal("Cannot create data folder " + config.data_dir + ": " + ec.message()));
  std::unique_ptr<Runtime> runtime(new Runtime());
  if (config.on_postgres()) {
    const auto named = [&](const Error& error) { return std::unexpected(naming_the_database(config, error)); };
    if (events) {
      // What reaches this process from the others first brings its caches up to date, then its screens.
      runtime->arrivals_ = std::make_unique<EventArrivals>(*events, runtime->principals_);
      auto relay = postgres::LiveRelay::start(config.database, *runtime->arrivals_);
      if (!relay) return named(relay.error());
      runtime->relay_ = std::move(*relay);
      events = runtime->relay_.get();
    } else {
      // A command (a password reset) next to running servers: they hear of the access it changed.
      auto notices = postgres::AccessNotices::open(config.database);
      if (!notices) return named(notices.error());
      runtime->relay_ = std::move(*notices);
      events = runtime->relay_.get();
    }
    auto store = postgres::PostgresStore::open(config.database, store_modules(),
                                               {.writers = static_cast<std::size_t>(std::max(1, config.database_writers))});
    if (!store) return named(store.error());
    runtime->store_ = std::move(*store);
  } else {
    SB_TRY(store, sqlite::SqliteStore::open(config.database_path(), store_modules()));
    runtime->store_ = std::move(store);
  }
  auto files =
      LocalFileStore::open(config.files_path(), static_cast<std::uint64_t>(config.upload_limit_mb) * 1024 * 1024);
  if (!files) return std::unexpected(files.error());
  runtime->files_ = std::move(*files);
  if (config.insecure_fast_hashing) {
    spdlog::warn("INSECURE: password hashing at minimal cost (--insecure-fast-password-hashing); for tests only");
  }
  runtime->hasher_ = std::make_unique<SodiumHasher>(config.insecure_fast_hashing ? HashCost::minimal_for_tests
                                                                                 : HashCost::interactive);
  runtime->secrets_ = std::make_unique<SodiumSecrets>();
  if (config.smtp_url.empty()) {
    runtime->mailer_ = std::make_unique<LogMailer>();
  } else {
    runtime->mailer_ = std::make_unique<SmtpMailer>(
        SmtpSettings{config.smtp_url, config.smtp_user, config.smtp_password, config.smtp_from});
  }
  const auto public_url =
      config.public_url.empty() ? "http://" + config.address + ":" + std::to_string(config.port) : config.public_url;
  if (now) runtime->fixed_clock_.emplace(*now);
  const Clock& clock =
      runtime->fixed_clock_ ? static_cast<const Clock&>(*runtime->fixed_clock_) : runtime->system_clock_;
  runtime->services_ =
      std::make_unique<Services>(*runtime->store_, clock, *runtime->hasher_, *runtime->secrets_, *runtime->mailer_,
                                 runtime->principals_, events ? *events : runtime->no_events_, public_url);
  runtime->services_->modules.get<FileStoreSlot>().store = runtime->files_.get();
  runtime->services_->modules.get<EventArrivalsSlot>().arrivals = runtime->arrivals_.get();
  identity_state(*runtime->services_).settings.session_idle_timeout =
      static_cast<UnixTime>(config.session_idle_seconds);
  runtime->identity_ = std::make_unique<OrganisationIdentity>(*runtime->services_);
  return runtime;
}

Runtime::~Runtime() = default;

void setup_logging(const std::string& level) {
  spdlog::set_level(spdlog::level::from_str(level));
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
}

}  // namespace sb::cli
