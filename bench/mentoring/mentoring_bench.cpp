// Benchmark of the mentoring pairing engine, run by bench/mentoring/run.sh.
//
// Each invocation builds one instance from a fixed seed and either writes it
// as a score matrix for SciPy (--write FILE.npy, int32, rows = mentees) or
// solves it with the engine (--solve) and prints one line of key=value
// figures: the median time over --reps runs, the number of pairs, the score,
// the objective in SciPy's terms and the process's peak resident memory.
// Solving and writing run in separate processes so that neither's peak
// memory includes the other's work.
//
// Cases:
//   dense N         N x N, every pair allowed, scores uniform in 0..999
//                   (--max-score S for 0..S: few values, many ties)
//   pool N          N mentors and N mentees in 20 regions x 2 tracks, P% of each
//                   side allowed across regions (--cross-region-percent P,
//                   default 1; 0 is the pool), scored by the engine's
//                   own scoring; SciPy gets one N x N matrix with forbidden pairs
//   capacity-pool   4000 mentees, 2500 mentors of capacity 2, like pool;
//                   SciPy gets 4000 x 5000 (each mentor twice)
//   capacity-dense  4000 mentees, 2500 mentors of capacity 2, all allowed, 0..999
//
// For pools the SciPy matrix holds score + B for allowed pairs and 0 for
// forbidden ones, with B = (mentees + 1) * (max score + 1): maximising it is
// the engine's lexicographic objective (most pairs, then highest score), and
// a SciPy assignment that uses a 0 entry corresponds to leaving a person
// unpaired. Both sides then report pairs * B + score.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "modules/mentoring/core/b_matching.h"
#include "modules/mentoring/core/engine.h"
#include "modules/mentoring/core/scoring.h"
#include "modules/mentoring/core/text.h"

namespace {

using namespace sb::mentoring;

constexpr int kRegions = 20;
constexpr int kDenseMaxScore = 999;

struct Options {
  std::string kind = "dense";
  int n = 1000;
  std::uint64_t seed = 1;
  int reps = 3;
  std::string write_path;
  // Percent of each side that staff allow across regions (pool cases).
  int cross_region_percent = 1;
  // Highest score of the dense cases; few distinct values make many ties.
  int max_score = kDenseMaxScore;
};

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

void write_npy(const std::string& path, const std::vector<std::int32_t>& values, std::int64_t rows, std::int64_t columns) {
  std::string header = "{'descr': '<i4', 'fortran_order': False, 'shape': (" + std::to_string(rows) + ", " +
                       std::to_string(columns) + "), }";
  const std::size_t preamble = 10;
  while ((preamble + header.size() + 1) % 64 != 0) header.push_back(' ');
  header.push_back('\n');
  std::ofstream out(path, std::ios::binary);
  out.write("\x93NUMPY\x01\x00", 8);
  const auto length = static_cast<std::uint16_t>(header.size());
  const char length_bytes[2] = {static_cast<char>(length & 0xFF), static_cast<char>(length >> 8)};
  out.write(length_bytes, 2);
  out.write(header.data(), static_cast<std::streamsize>(header.size()));
  out.write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(values.size() * sizeof(std::int32_t)));
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", path.c_str());
    std::exit(1);
  }
}

std::vector<std::int32_t> dense_matrix(std::int64_t rows, std::int64_t columns, int max_score, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> score(0, max_score);
  std::vector<std::int32_t> matrix(static_cast<std::size_t>(rows * columns));
  for (auto& cell : matrix) cell = score(rng);
  return matrix;
}

Pool random_pool(int mentors, int mentees, int capacity, int cross_region_percent, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  const char* words[] = {"lean",       "scrum",     "agile",       "kaizen",    "leiderschap", "feedback",
                         "dagstart",   "doelen",    "obstakels",   "coaching",  "teamoverleg", "bordsessie",
                         "retro",      "data",      "verbeteren",  "cultuur",   "lesbezoek",   "lesontwerp",
                         "leerlingen", "ouders",    "planning",    "visie",     "eigenaarschap", "samenwerken",
                         "tpm",        "six sigma", "werkdruk",    "vertrouwen", "rust",        "ritme"};
  auto topics = [&] {
    std::string text;
    for (int k = 0, count = 1 + pick(4); k < count; ++k) text += std::string(words[pick(30)]) + ", ";
    return text;
  };
  auto region = [&](int r) { return "Regio " + std::to_string(r); };
  auto municipality = [&](int r) { return "Gemeente " + std::to_string(r) + "-" + std::to_string(pick(8)); };
  Pool pool;
  for (int m = 0; m < mentors; ++m) {
    Mentor mentor;
    mentor.id = "M" + std::to_string(100000 + m);
    mentor.name = mentor.id;
    mentor.track = m % 2 ? Track::expert : Track::leidinggevende;
    mentor.years_in_role = 3 + pick(10);
    mentor.team_size = 16 + pick(50);
    mentor.years_ci_experience = 5 + pick(10);
    mentor.capacity = capacity;
    const int r = pick(kRegions);
    mentor.region = region(r);
    mentor.municipality = municipality(r);
    mentor.region_scope = pick(100) < cross_region_percent ? RegionScope::any_region : RegionScope::own_region;
    mentor.preferred_sectors = static_cast<SectorSet>(pick(8));
    mentor.mode = static_cast<MeetingMode>(pick(3));
    mentor.months = static_cast<MonthSet>(1 + pick(15));
    mentor.topics = topics();
    pool.mentors.push_back(std::move(mentor));
  }
  for (int e = 0; e < mentees; ++e) {
    Mentee mentee;
    mentee.id = "E" + std::to_string(100000 + e);
    mentee.name = mentee.id;
    mentee.role = e % 2 ? MenteeRole::schoolcoach : MenteeRole::schoolleider;
    mentee.role_text = e % 2 ? "schoolcoach" : "schoolleider";
    mentee.sector = static_cast<Sector>(1 << pick(3));
    const int r = pick(kRegions);
    mentee.region = region(r);
    mentee.municipality = municipality(r);
    mentee.region_scope = pick(100) < cross_region_percent ? RegionScope::any_region : RegionScope::own_region;
    mentee.mode = static_cast<MeetingMode>(pick(3));
    mentee.months = static_cast<MonthSet>(1 + pick(15));
    mentee.topics = topics();
    pool.mentees.push_back(std::move(mentee));
  }
  return pool;
}

// The pool as SciPy's matrix, derived from the people directly (not from the
// engine's graph): rows = mentees, one column per mentor place.
void write_pool_matrix(const Pool& pool, const std::string& path) {
  std::vector<ScoringProfile> mentor_profiles, mentee_profiles;
  std::vector<std::string> dictionary;
  auto ids = [&](const std::string& text) {
    std::vector<std::int32_t> out;
    for (const auto& word : keywords(text)) {
      auto it = std::find(dictionary.begin(), dictionary.end(), word);
      if (it == dictionary.end()) it = dictionary.insert(dictionary.end(), word);
      out.push_back(static_cast<std::int32_t>(it - dictionary.begin()));
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  for (const auto& m : pool.mentors) {
    mentor_profiles.push_back({m.preferred_sectors, m.mode, m.months, fold(m.municipality), m.location, ids(m.topics)});
  }
  for (const auto& e : pool.mentees) {
    mentee_profiles.push_back({static_cast<SectorSet>(e.sector), e.mode, e.months, fold(e.municipality), e.location, ids(e.topics)});
  }
  std::vector<std::int64_t> first_column;
  std::int64_t columns = 0;
  for (const auto& m : pool.mentors) {
    first_column.push_back(columns);
    columns += m.capacity;
  }
  const auto rows = static_cast<std::int64_t>(pool.mentees.size());
  const Weights& w = pool.weights;
  const std::int64_t max_score = w.sector + w.meeting_mode + w.availability + w.distance + w.topics;
  const std::int64_t big = (rows + 1) * (max_score + 1);
  std::vector<std::int32_t> matrix(static_cast<std::size_t>(rows * columns), 0);
  for (std::int64_t e = 0; e < rows; ++e) {
    const auto& mentee = pool.mentees[static_cast<std::size_t>(e)];
    for (std::size_t m = 0; m < pool.mentors.size(); ++m) {
      const auto& mentor = pool.mentors[m];
      const bool track_fits = (mentor.track == Track::leidinggevende) == (mentee.role == MenteeRole::schoolleider);
      const bool region_fits = mentor.region == mentee.region || mentor.region_scope == RegionScope::any_region ||
                               mentee.region_scope == RegionScope::any_region;
      if (!track_fits || !region_fits) continue;
      const auto value = static_cast<std::int32_t>(big + score_pair(mentor_profiles[m], mentee_profiles[static_cast<std::size_t>(e)], w).total());
      for (int slot = 0; slot < mentor.capacity; ++slot) {
        matrix[static_cast<std::size_t>(e * columns + first_column[m] + slot)] = value;
      }
    }
  }
  write_npy(path, matrix, rows, columns);
  std::printf("wrote=%s rows=%lld columns=%lld big=%lld\n", path.c_str(), static_cast<long long>(rows),
              static_cast<long long>(columns), static_cast<long long>(big));
}

template <typename Solve>
void time_runs(const Options& options, Solve&& solve, const char* extra) {
  std::vector<double> times;
  std::int64_t pairs = 0, score = 0, objective = 0;
  for (int rep = 0; rep < options.reps; ++rep) {
    const auto started = std::chrono::steady_clock::now();
    const auto [p, s, o] = solve();
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    pairs = p;
    score = s;
    objective = o;
  }
  std::sort(times.begin(), times.end());
  std::printf("engine case=%s n=%d ms=%.1f min_ms=%.1f pairs=%lld score=%lld objective=%lld peak_rss_kb=%ld %s\n",
              options.kind.c_str(), options.n, times[times.size() / 2], times.front(), static_cast<long long>(pairs),
              static_cast<long long>(score), static_cast<long long>(objective), peak_rss_kb(), extra);
}

struct Figures {
  std::int64_t pairs;
  std::int64_t score;
  std::int64_t objective;
};

int run(const Options& options) {
  if (options.kind == "dense" || options.kind == "capacity-dense") {
    const bool with_capacity = options.kind == "capacity-dense";
    const std::int64_t rows = with_capacity ? 4000 : options.n;
    const std::int64_t mentors = with_capacity ? 2500 : options.n;
    const int capacity = with_capacity ? 2 : 1;
    const auto matrix = dense_matrix(rows, mentors, options.max_score, options.seed);
    if (!options.write_path.empty()) {
      if (!with_capacity) {
        write_npy(options.write_path, matrix, rows, mentors);
      } else {
        std::vector<std::int32_t> slots(static_cast<std::size_t>(rows * mentors * capacity));
        for (std::int64_t r = 0; r < rows; ++r) {
          for (std::int64_t c = 0; c < mentors * capacity; ++c) {
            slots[static_cast<std::size_t>(r * mentors * capacity + c)] = matrix[static_cast<std::size_t>(r * mentors + c / capacity)];
          }
        }
        write_npy(options.write_path, slots, rows, mentors * capacity);
      }
      return 0;
    }
    DenseScores scores{static_cast<std::int32_t>(rows), matrix, std::vector<std::int32_t>(static_cast<std::size_t>(mentors), capacity)};
    std::string stats;
    time_runs(options, [&] {
      const auto result = solve_b_matching(scores);
      stats = "pricing_rounds=" + std::to_string(result.stats.pricing_rounds) +
              " candidate_edges=" + std::to_string(result.stats.candidate_edges);
      return Figures{result.pair_count, result.total_score, result.total_score};
    }, "");
    std::printf("stats %s\n", stats.c_str());
    return 0;
  }
  if (options.kind == "pool" || options.kind == "capacity-pool") {
    const bool with_capacity = options.kind == "capacity-pool";
    const Pool pool = with_capacity ? random_pool(2500, 4000, 2, options.cross_region_percent, options.seed)
                                    : random_pool(options.n, options.n, 1, options.cross_region_percent, options.seed);
    if (!options.write_path.empty()) {
      write_pool_matrix(pool, options.write_path);
      return 0;
    }
    const Weights& w = pool.weights;
    const std::int64_t max_score = w.sector + w.meeting_mode + w.availability + w.distance + w.topics;
    const std::int64_t big = (static_cast<std::int64_t>(pool.mentees.size()) + 1) * (max_score + 1);
    std::string stats;
    time_runs(options, [&] {
      const auto result = match(pool);
      if (!result) {
        std::fprintf(stderr, "%s\n", result.error().message.c_str());
        std::exit(1);
      }
      stats = "components=" + std::to_string(result->stats.components) +
              " allowed_pairs=" + std::to_string(result->allowed_pairs) +
              " pricing_rounds=" + std::to_string(result->stats.pricing_rounds);
      return Figures{result->pair_count(), result->total_score, result->pair_count() * big + result->total_score};
    }, "");
    std::printf("stats %s\n", stats.c_str());
    return 0;
  }
  std::fprintf(stderr, "unknown case %s\n", options.kind.c_str());
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const std::string value = argv[i + 1];
    if (flag == "--case") {
      options.kind = value;
    } else if (flag == "--n") {
      options.n = std::atoi(value.c_str());
    } else if (flag == "--seed") {
      options.seed = std::strtoull(value.c_str(), nullptr, 10);
    } else if (flag == "--reps") {
      options.reps = std::max(1, std::atoi(value.c_str()));
    } else if (flag == "--cross-region-percent") {
      options.cross_region_percent = std::atoi(value.c_str());
    } else if (flag == "--max-score") {
      options.max_score = std::atoi(value.c_str());
    } else if (flag == "--write") {
      options.write_path = value;
    } else {
      std::fprintf(stderr, "usage: mentoring_bench --case dense|pool|capacity-pool|capacity-dense [--n N] [--seed S] "
                           "[--reps R] [--cross-region-percent P] [--max-score S] [--write FILE.npy]\n");
      return 2;
    }
  }
  return run(options);
}
