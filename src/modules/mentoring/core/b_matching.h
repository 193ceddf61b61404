// The exact solver behind the pairing engine: a maximum-weight bipartite
// b-matching with a lexicographic objective.
//
// Rows are mentees (each paired at most once), columns are mentors (each
// paired at most `column_capacity` times), edges are allowed pairs with an
// integer score of at least 0. Among all feasible matchings the solver
// returns one that first has the most pairs and then, among those, the
// highest total score. It knows nothing about mentoring; the engine builds
// the graph (locks already removed, forbidden pairs already absent).
//
// Method, in short (docs in the .cpp): connected components of the graph are
// solved one by one; within a component, successive shortest augmenting paths
// (Dijkstra with potentials, one search per row, capacities handled directly
// on the columns) run on a small candidate subgraph (each row's best edges and
// each column's best edges), and the dual potentials are then priced against
// every edge of the full graph. The result is returned only when no edge
// prices out, which certifies optimality by LP duality; otherwise the
// offending edges join the candidates and the solve is warm-started: the
// matching and potentials are kept, only the rows with an offending edge are
// re-inserted, and columns they leave are repaired in place.
//
// Determinism: the same graph (and options) always gives the same matching.
// Rows are inserted in increasing index order, heaps break distance ties by
// the lower index, and candidate selection breaks score ties by a fixed hash
// of (row, column); nothing depends on addresses, hashing of pointers,
// timing or threads.
//
// Thread-safety: the functions are pure; concurrent calls on different or
// shared (const) inputs are safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace sb::mentoring {

// An allowed-pair graph in compressed sparse rows.
struct BipartiteGraph {
  std::int32_t row_count = 0;
  std::vector<std::int32_t> column_capacity;  // one entry per column; 0 means "takes nobody"
  std::vector<std::int64_t> row_begin;        // row_count + 1 offsets into column/score
  std::vector<std::int32_t> column;
  std::vector<std::int32_t> score;  // >= 0

  std::int32_t column_count() const { return static_cast<std::int32_t>(column_capacity.size()); }
};

// A complete score matrix in row-major order where absent pairs hold kNoEdge.
// Used when (nearly) every pair is allowed, e.g. one region and one track, so
// the solver does not need an edge list as large as the matrix.
inline constexpr std::int32_t kNoEdge = -1;

struct DenseScores {
  std::int32_t row_count = 0;
  std::span<const std::int32_t> scores;       // row_count * column_count entries
  std::vector<std::int32_t> column_capacity;  // its size is the column count

  std::int32_t column_count() const { return static_cast<std::int32_t>(column_capacity.size()); }
};

// Figures about one solve, for benchmarks and curious staff.
struct SolveStats {
  std::int64_t components = 0;
  std::int64_t pricing_rounds = 0;   // warm-started rounds after edges priced out, summed over components
  std::int64_t repaired_columns = 0; // columns whose potential a warm start had to repair
  std::int64_t candidate_edges = 0;  // edges the shortest-path phase worked on in its last round
  std::int64_t augmentations = 0;
};

struct BMatching {
  std::vector<std::int32_t> column_of_row;  // kUnmatched when the row is not paired
  std::int64_t pair_count = 0;
  std::int64_t total_score = 0;
  SolveStats stats;
};

inline constexpr std::int32_t kUnmatched = -1;

// How many edges per row and per column the first shortest-path round works
// on. The result does not depend on them (pricing adds what is missing); the
// defaults suit the engine, and tests lower them to force warm-started rounds.
struct SolveOptions {
  std::size_t row_candidates = 12;
  std::size_t column_candidates = 8;
};

BMatching solve_b_matching(const BipartiteGraph& graph, const SolveOptions& options = {});
BMatching solve_b_matching(const DenseScores& scores, const SolveOptions& options = {});

}  // namespace sb::mentoring
