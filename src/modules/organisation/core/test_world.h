// A world for use-case tests: the real store in a folder of its own, Services
// with a clock moved by hand, a plain hasher, counting secrets and a mailer
// that keeps what it sends, optionally filled with the modules' demo data.
// who() gives a person's principal as it is stored now, so a test calls the
// use cases as that person would.
//
// A demo world is loaded once per build of a test executable and copied for
// each test (see fill_with_demo), so a test costs milliseconds, not the
// migrations and the demo.
//
// The core knows only the Store port: each test executable links the
// definition of open_world_store() (modules/<module>/sqlite/test_world_store.cpp),
// which opens the real SQLite store of the modules under test in a file
// (SQLite's ":memory:" cannot serve the store's separate reader connections).
// Test code only; one world per test. Thread-safety: one test at a time.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/demo.h"
#include "kernel/services.h"
#include "kernel/testing/fakes.h"
#include "modules/organisation/core/auth.h"
#include "modules/organisation/core/store.h"

namespace sb::testing {

// The store of the modules under test, in a new database file at `path`; defined by the test executable.
Result<std::unique_ptr<Store>> open_world_store(const std::string& path);

// Wednesday 18 November 2026, 10:00 UTC: a school week, in the demo's second cycle.
inline constexpr UnixTime kWorldStart = 1'794'996'000;

// A demo account's address: demo("leraar") is the teacher of Groep 5-6 at OBS De Regenboog.
inline std::string demo(std::string_view name) { return std::string(name) + "@demo.samenbeter.nl"; }

// The value of a result that must be there; a failure stops the test with the error's message.
template <typename T>
T must(Result<T> result) {
  if (!result) throw std::runtime_error("unexpected " + std::string(to_string(result.error().code)) + ": " + result.error().message);
  return std::move(*result);
}
inline void must(Result<void> result) {
  if (!result) throw std::runtime_error("unexpected " + std::string(to_string(result.error().code)) + ": " + result.error().message);
}

class World {
 public:
  explicit World(const std::vector<DemoStep>& demo_steps = {}) {
    std::random_device random;
    folder_ = std::filesystem::temp_directory_path() / ("sb-use-cases-" + std::to_string(random()));
    std::filesystem::create_directories(folder_);
    const auto file = folder_ / "world.sqlite";
    if (!demo_steps.empty()) fill_with_demo(file, demo_steps);
    store_ = must(open_world_store(file.string()));
    services_.emplace(*store_, clock, hasher_, secrets_, mailer, principals_, events_);
  }
  ~World() {
    services_.reset();
    store_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  Services& services() { return *services_; }

  // The principal of the person with this address, with their memberships as stored now.
  Principal who(std::string_view email) {
    return must(read_value<Principal>(*store_, [&](ReadTx& tx) -> Result<Principal> {
      auto user = organisation(tx).find_user_by_email(email);
      if (!user) return std::unexpected(Error::not_found("Nobody in this world has the address " + std::string(email)));
      return load_principal(tx, user->id);
    }));
  }

  School school(std::string_view name) {
    return must(read_value<School>(*store_, [&](ReadTx& tx) -> Result<School> {
      for (auto& school : organisation(tx).list_schools()) {
        if (school.name == name) return school;
      }
      return std::unexpected(Error::not_found("No school " + std::string(name)));
    }));
  }

  Team team(std::string_view school_name, std::string_view name) {
    const auto school_id = school(school_name).id;
    return must(read_value<Team>(*store_, [&](ReadTx& tx) -> Result<Team> {
      auto team = organisation(tx).find_team_by_name(school_id, name);
      if (!team) return std::unexpected(Error::not_found("No team " + std::string(name)));
      return *team;
    }));
  }

  // Returns once every write queued so far, also those in the background, is committed.
  void settle() {
    must(store_->write([](WriteTx&) { return ok(); }));
  }

  ManualClock clock{kWorldStart};
  KeepingMailer mailer;

 private:
  // Writes the demo of `steps` into a new database at `file`. Migrating and loading the demo
  // costs a few hundred milliseconds under the sanitizers, a copy a few: the first world of a
  // build of the test executable keeps its database as a template for every later one.
  void fill_with_demo(const std::filesystem::path& file, const std::vector<DemoStep>& steps) {
    const auto kept = template_of(steps);
    std::error_code error;
    if (!kept.empty() && std::filesystem::copy_file(kept, file, error)) return;
    {
      auto store = must(open_world_store(file.string()));
      const DemoContext context{clock.now(), must(hasher_.hash(kDemoPassword))};
      must(store->write([&](WriteTx& tx) -> Result<void> {
        for (const auto& step : steps) SB_CHECK(step.write(tx, context));
        return ok();
      }));
    }  // closed: the whole database is in its file
    if (kept.empty()) return;
    // Templates of earlier builds go; another test may be doing the same at once, so each
    // writes a file of its own and renames it into place.
    const auto earlier = kept.filename().string().substr(0, kept.filename().string().rfind('-') + 1);
    for (const auto& entry : std::filesystem::directory_iterator(kept.parent_path(), error)) {
      if (entry.path().filename().string().starts_with(earlier)) std::filesystem::remove(entry.path(), error);
    }
    const auto part = folder_ / "template.part";
    if (std::filesystem::copy_file(file, part, error)) std::filesystem::rename(part, kept, error);
  }

  // Where the demo database of this build of the test executable is kept, or empty when the build cannot be told:
  // sb-use-case-world-<modules>-<executable>-<when it was built>.sqlite in the temporary folder.
  static std::filesystem::path template_of(const std::vector<DemoStep>& steps) {
    std::error_code error;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
    const auto built = std::filesystem::last_write_time(executable, error);
    if (error) return {};
    std::string name = "sb-use-case-world";
    for (const auto& step : steps) name += "-" + std::string(step.module);
    name += "-" + std::to_string(std::hash<std::string>{}(executable.string())) + "-" +
            std::to_string(static_cast<std::uint64_t>(built.time_since_epoch().count())) + ".sqlite";
    return std::filesystem::temp_directory_path() / name;
  }

  std::filesystem::path folder_;
  std::unique_ptr<Store> store_;
  MarkingHasher hasher_;
  NumberedSecrets secrets_;
  PrincipalCache principals_;
  NoEventSink events_;
  std::optional<Services> services_;
};

}  // namespace sb::testing
