// Measurement results for a bestuur of 40 schools × 60 staff × 2 rounds
// (issue 16: < 100 ms). Fills a fresh SQLite database in a temporary folder:
// 40 schools of 6 teams of 10 teachers, a baseline and a follow-up each, every
// teacher answering all 20 statements of the demo questionnaire through a link
// of their own; then times the bestuur's trend (read_bestuur_measurements in
// one unit of work, as GET /api/v1/besturen/{id}/measurement-trend does)
// against a baseline measured in the same run: reading the 40 schools' rounds.
//   measurements_results_bench [SCHOOLS] [RUNS]  -> one line per measurement
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "modules/measurements/core/measurements.h"
#include "modules/measurements/core/questionnaire_demo.h"
#include "modules/measurements/core/store.h"
#include "modules/measurements/sql/measurements_sql.h"
#include "modules/organisation/core/store.h"
#include "modules/organisation/sql/organisation_sql.h"
#include "storage/sqlite/sqlite_store.h"

namespace {

using Clock = std::chrono::steady_clock;

double median_ms(std::vector<double> samples) {
  std::ranges::sort(samples);
  return samples[samples.size() / 2];
}

template <typename Work>
double time_ms(Work&& work) {
  const auto start = Clock::now();
  work();
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

constexpr int kTeams = 6;
constexpr int kStaffPerTeam = 10;

}  // namespace

int main(int argc, char** argv) {
  using namespace sb;
  const int schools = argc > 1 ? std::atoi(argv[1]) : 40;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 21;
  const auto folder = std::filesystem::temp_directory_path() / ("sb-measurements-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  auto opened =
      sqlite::SqliteStore::open((folder / "bench.sqlite").string(), {sql::organisation_sql(), sql::measurements_sql()});
  if (!opened) {
    std::fprintf(stderr, "cannot open the store: %s\n", opened.error().message.c_str());
    return 1;
  }
  Store& store = **opened;
  Id bestuur_id = 0;
  int answers = 0;
  const auto filled = store.write([&](WriteTx& tx) -> Result<void> {
    auto questionnaire = demo_culture_questionnaire();
    SB_TRY(questionnaire_id, measurements(tx).insert_questionnaire(questionnaire));
    SB_TRY(bestuur, organisation(tx).insert_bestuur({0, "Bestuur"}));
    bestuur_id = bestuur;
    int link = 0;
    for (int i = 0; i < schools; ++i) {
      char brin[5];
      std::snprintf(brin, sizeof brin, "%02d%c%c", i % 100, 'A' + i / 100 % 26, 'B');
      SB_TRY(school, organisation(tx).insert_school(
                         {0, bestuur, "School " + std::to_string(i), Sector::vo, brin, Region::midden}));
      std::vector<Id> teams;
      for (int t = 0; t < kTeams; ++t) {
        SB_TRY(team, organisation(tx).insert_team({0, school, "Team " + std::to_string(t)}));
        teams.push_back(team);
      }
      for (int r = 0; r < 2; ++r) {
        MeasurementRound round;
        round.school_id = school;
        round.questionnaire_id = questionnaire_id;
        round.kind = r == 0 ? MeasurementKind::baseline : MeasurementKind::follow_up;
        round.title = r == 0 ? "Nulmeting" : "Vervolgmeting";
        round.opened_at = 1'800'000'000 + r * 10'000'000;
        for (Id team : teams) round.teams.push_back({team, kStaffPerTeam, 0, {}});
        SB_TRY(round_id, measurements(tx).insert_round(round));
        for (Id team : teams) {
          for (int p = 0; p < kStaffPerTeam; ++p) {
            const std::string hash = "bench-link-" + std::to_string(++link);
            SB_CHECK(measurements(tx).insert_link(round_id, team, hash));
            MeasurementAnswers values;
            for (int s = 0; s < 20; ++s) values.push_back(1 + (p + s + r) % 5);
            SB_CHECK(drop_value(measurements(tx).record_answers(hash, values)));
            ++answers;
          }
        }
      }
    }
    return ok();
  });
  if (!filled) {
    std::fprintf(stderr, "cannot fill the store: %s\n", filled.error().message.c_str());
    return 1;
  }
  std::vector<double> trend;
  std::vector<double> baseline;
  std::size_t rows = 0;
  bool shown = false;
  for (int run = 0; run < runs; ++run) {
    // Interleaved, so a burst of load elsewhere hits both alike.
    baseline.push_back(time_ms([&] {
      (void)store.read([&](ReadTx& tx) -> Result<void> {
        rows = 0;
        for (const auto& school : organisation(tx).list_schools_of_bestuur(bestuur_id)) {
          rows += measurements(tx).rounds_of_school(school.id).size();
        }
        return ok();
      });
    }));
    trend.push_back(time_ms([&] {
      (void)store.read([&](ReadTx& tx) -> Result<void> {
        const auto view = read_bestuur_measurements(tx, bestuur_id);
        shown = view.bestuur.follow_up.visible && view.schools.size() == static_cast<std::size_t>(schools);
        return ok();
      });
    }));
  }
  if (!shown) {
    std::fprintf(stderr, "the trend did not show what was filled in\n");
    return 1;
  }
  std::printf("trend schools=%d answers=%d runs=%d median_ms=%.2f\n", schools, answers, runs, median_ms(trend));
  std::printf("baseline rounds=%zu runs=%d median_ms=%.2f\n", rows, runs, median_ms(baseline));
  std::printf("ratio %.1f\n", median_ms(trend) / median_ms(baseline));
  opened->reset();
  std::filesystem::remove_all(folder);
  return 0;
}
