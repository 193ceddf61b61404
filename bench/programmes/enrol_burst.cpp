// Benchmark (issue 14, point 9a): 300 school leaders enrol at the same moment in a
// round with one group of 20 places. Every enrolment is the real use case
// (modules/programmes/core: the rules, one unit of work) on the real SQLite store
// (WAL, synchronous=FULL, one writer thread with group commit), in a database
// file of its own; 300 threads wait at a barrier and call enrol() at once. It
// checks that exactly 20 are placed, 280 wait, nobody is over capacity, and that
// the order of the waiting list is the order of arrival (the ids the writer gave);
// it prints the latency of each call as seen by its caller.
//   enrol_burst [people] [capacity]   -> one JSON line
#include <algorithm>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "modules/organisation/core/demo.h"
#include "modules/organisation/core/test_world.h"
#include "modules/organisation/sql/organisation_sql.h"
#include "modules/programmes/core/programmes.h"
#include "modules/programmes/core/store.h"
#include "modules/programmes/sql/programmes_sql.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::testing {

Result<std::unique_ptr<Store>> open_world_store(const std::string& path) {
  SB_TRY(store, sqlite::SqliteStore::open(path, {sql::organisation_sql(), sql::programmes_sql()}));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace sb::testing

int main(int argc, char** argv) {
  using namespace sb;
  using testing::must;
  const int people = argc > 1 ? std::stoi(argv[1]) : 300;
  const int capacity = argc > 2 ? std::stoi(argv[2]) : 20;
  testing::World world{{organisation_demo()}};
  Services& s = world.services();

  // A programme for school directors in PO, one round with one group, and `people` directors of their own schools.
  const auto staff = world.who("programma@demo.samenbeter.nl");
  Programme programme;
  programme.title = "Leergang";
  programme.provider = "Aanbieder";
  programme.audience = {{Sector::po, "Directeuren"}};
  programme.price_cents = 90000;
  programme = must(create_programme(s, staff, programme));
  ProgrammeRound round;
  round.programme_id = programme.id;
  round.name = "Burst";
  round.enrolment_closes_at = s.clock.now() + 86400;
  round.groups = {{0, "Groep", capacity}};
  round = must(create_round(s, staff, round));
  std::vector<Principal> leaders;
  must(s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(bestuur, organisation(tx).insert_bestuur({0, "Stichting Burst"}));
    for (int i = 0; i < people; ++i) {
      char brin[8];
      std::snprintf(brin, sizeof brin, "%02d%c%c", i % 100, 'A' + (i / 100) % 26, 'A' + (i / 2600) % 26);
      SB_TRY(school, organisation(tx).insert_school(
                         {0, bestuur, "School " + std::to_string(i), Sector::po, brin, Region::midden}));
      User user;
      user.email = "leider" + std::to_string(i) + "@burst.nl";
      user.name = "Leider " + std::to_string(i);
      SB_TRY(id, organisation(tx).insert_user(user));
      Membership m;
      m.user_id = id;
      m.role = Role::schoolleider;
      m.school_id = school;
      SB_CHECK(drop_value(organisation(tx).insert_membership(m)));
    }
    return ok();
  }));
  for (int i = 0; i < people; ++i) leaders.push_back(world.who("leider" + std::to_string(i) + "@burst.nl"));

  std::vector<double> latency_ms(static_cast<std::size_t>(people));
  std::vector<Id> ids(static_cast<std::size_t>(people));
  std::vector<std::string> failures;
  std::mutex failures_mutex;
  std::barrier start(people);
  std::vector<std::thread> threads;
  const auto began = std::chrono::steady_clock::now();
  for (int i = 0; i < people; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      const auto t0 = std::chrono::steady_clock::now();
      auto result = enrol(s, leaders[static_cast<std::size_t>(i)],
                          {round.id, std::nullopt, Sector::po, "Directeuren", std::nullopt, std::nullopt});
      latency_ms[static_cast<std::size_t>(i)] =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      if (result) {
        ids[static_cast<std::size_t>(i)] = result->id;
      } else {
        std::lock_guard lock(failures_mutex);
        failures.push_back(result.error().message);
      }
    });
  }
  for (auto& t : threads) t.join();
  const double wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();

  // What the store holds now, in order of arrival.
  auto enrolments = must(read_value<std::vector<Enrolment>>(
      s.store, [&](ReadTx& tx) -> Result<std::vector<Enrolment>> { return programmes(tx).list_enrolments(round.id); }));
  int placed = 0, waiting = 0;
  bool arrival_order = true;  // the first `capacity` arrivals are placed, every later one waits
  for (std::size_t i = 0; i < enrolments.size(); ++i) {
    const bool is_placed = enrolments[i].status == EnrolmentStatus::placed;
    placed += is_placed;
    waiting += enrolments[i].status == EnrolmentStatus::waiting;
    if (is_placed != (static_cast<int>(i) < capacity)) arrival_order = false;
    if (i > 0 && enrolments[i].id <= enrolments[i - 1].id) arrival_order = false;
  }
  auto overview = must(round_overview(s, staff, round.id));
  bool positions = true;  // the waiting list's positions follow arrival: 1, 2, 3, ...
  int expected = 0;
  for (const auto& v : overview.enrolments) {
    if (v.enrolment.status == EnrolmentStatus::waiting && v.waiting_position != ++expected) positions = false;
  }
  std::sort(latency_ms.begin(), latency_ms.end());
  auto at = [&](double q) { return latency_ms[static_cast<std::size_t>(q * (latency_ms.size() - 1))]; };
  std::printf(
      "{\"people\":%d,\"capacity\":%d,\"placed\":%d,\"waiting\":%d,\"failures\":%zu,\"arrival_order\":%s,"
      "\"waiting_positions\":%s,\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,\"wall_ms\":%.1f}\n",
      people, capacity, placed, waiting, failures.size(), arrival_order ? "true" : "false",
      positions ? "true" : "false", at(0.5), at(0.99), latency_ms.back(), wall_ms);
  const bool ok = placed == capacity && waiting == people - capacity && failures.empty() && arrival_order && positions;
  return ok ? 0 : 1;
}
