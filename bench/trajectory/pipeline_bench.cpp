// The staff pipeline of 1,000 schools (issue 16: < 50 ms). Fills a fresh
// SQLite database in a temporary folder with 1,000 schools in every phase,
// their dated steps, condition checks and visits, then times the pipeline
// read (one unit of work, as GET /api/v1/trajectories does) against a
// baseline measured in the same run: reading the 1,000 schools themselves.
//   trajectory_pipeline_bench [SCHOOLS] [RUNS]  -> one line per measurement
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "modules/organisation/core/store.h"
#include "modules/organisation/sql/organisation_sql.h"
#include "modules/trajectory/core/store.h"
#include "modules/trajectory/core/visit_store.h"
#include "modules/trajectory/sql/trajectory_sql.h"
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

}  // namespace

int main(int argc, char** argv) {
  using namespace sb;
  const int schools = argc > 1 ? std::atoi(argv[1]) : 1000;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 21;
  const auto folder = std::filesystem::temp_directory_path() / ("sb-pipeline-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  auto opened =
      sqlite::SqliteStore::open((folder / "bench.sqlite").string(), {sql::organisation_sql(), sql::trajectory_sql()});
  if (!opened) {
    std::fprintf(stderr, "cannot open the store: %s\n", opened.error().message.c_str());
    return 1;
  }
  Store& store = **opened;
  const auto filled = store.write([&](WriteTx& tx) -> Result<void> {
    User coach;
    coach.email = "coach@bench.nl";
    coach.name = "Coach";
    SB_TRY(coach_id, organisation(tx).insert_user(coach));
    for (int b = 0; b < schools / 40 + 1; ++b) {
      SB_TRY(bestuur, organisation(tx).insert_bestuur({0, "Bestuur " + std::to_string(b)}));
      for (int i = b * 40; i < std::min(schools, (b + 1) * 40); ++i) {
        char brin[5];
        std::snprintf(brin, sizeof brin, "%02d%c%c", i % 100, 'A' + i / 100 % 26, 'A' + i / 2600 % 26);
        const Sector sector = i % 3 == 0 ? Sector::po : i % 3 == 1 ? Sector::vo : Sector::mbo;
        SB_TRY(school, organisation(tx).insert_school(
                           {0, bestuur, "School " + std::to_string(i), sector, brin, Region::midden}));
        const int reached = i % kPhaseCount;
        SB_CHECK(trajectories(tx).insert_trajectory({school, 200 + i % 1500, Phase::registration, "2026-09-01", 0}));
        for (int p = 0; p <= reached; ++p) {
          SB_CHECK(
              trajectories(tx).insert_step({0, school, static_cast<Phase>(p), "2026-09-0" + std::to_string(1 + p % 9),
                                            "Expertcoach", "Notitie", coach_id, "", 0}));
        }
        for (Condition c : kConditions) {
          SB_CHECK(trajectories(tx).put_check(
              {school, c, i % 5 == 0 ? ConditionStatus::not_met : ConditionStatus::met, "", coach_id, "", 0}));
        }
        for (int v = 0; v < 12; ++v) {
          Visit visit;
          visit.school_id = school;
          visit.coach_id = coach_id;
          visit.starts_at = 1'800'000'000 + v * 86400;
          visit.ends_at = visit.starts_at + 3600;
          visit.status = v == 11 && i % 7 == 0 ? CoachVisitStatus::awaiting_approval : CoachVisitStatus::planned;
          SB_CHECK(drop_value(visits(tx).insert_visit(visit)));
        }
      }
    }
    return ok();
  });
  if (!filled) {
    std::fprintf(stderr, "cannot fill the store: %s\n", filled.error().message.c_str());
    return 1;
  }
  std::vector<double> pipeline;
  std::vector<double> baseline;
  std::size_t rows = 0;
  for (int run = 0; run < runs; ++run) {
    // Interleaved, so a burst of load elsewhere hits both alike.
    baseline.push_back(time_ms([&] {
      (void)store.read([&](ReadTx& tx) -> Result<void> {
        rows = organisation(tx).list_schools().size();
        return ok();
      });
    }));
    pipeline.push_back(time_ms([&] {
      (void)store.read([&](ReadTx& tx) -> Result<void> {
        rows = trajectories(tx).pipeline().size();
        return ok();
      });
    }));
  }
  std::printf("pipeline schools=%zu runs=%d median_ms=%.2f\n", rows, runs, median_ms(pipeline));
  std::printf("baseline schools=%d runs=%d median_ms=%.2f\n", schools, runs, median_ms(baseline));
  std::printf("ratio %.1f\n", median_ms(pipeline) / median_ms(baseline));
  opened->reset();
  std::filesystem::remove_all(folder);
  return 0;
}
