// The solver against two independent oracles: exhaustive search on tiny
// graphs and LEMON's network simplex (a min-cost flow with the same
// lexicographic costs) on larger ones, over thousands of random instances
// with capacities, zero-capacity columns, isolated rows and dense matrices.
#include "modules/mentoring/core/b_matching.h"

#include <gtest/gtest.h>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <random>
#include <vector>

namespace sb::mentoring {
namespace {

struct Optimum {
  std::int64_t pairs = 0;
  std::int64_t score = 0;
  friend bool operator==(const Optimum&, const Optimum&) = default;
};

std::ostream& operator<<(std::ostream& os, const Optimum& o) {
  return os << "{pairs " << o.pairs << ", score " << o.score << "}";
}

struct Edge {
  std::int32_t row;
  std::int32_t column;
  std::int32_t score;
};

struct Instance {
  std::int32_t rows = 0;
  std::vector<std::int32_t> capacity;
  std::vector<Edge> edges;  // sorted by row, then column; no duplicates
};

BipartiteGraph to_graph(const Instance& instance) {
  BipartiteGraph graph;
  graph.row_count = instance.rows;
  graph.column_capacity = instance.capacity;
  graph.row_begin.assign(static_cast<std::size_t>(instance.rows) + 1, 0);
  for (const auto& e : instance.edges) ++graph.row_begin[static_cast<std::size_t>(e.row) + 1];
  for (std::size_t r = 0; r < static_cast<std::size_t>(instance.rows); ++r) graph.row_begin[r + 1] += graph.row_begin[r];
  for (const auto& e : instance.edges) {
    graph.column.push_back(e.column);
    graph.score.push_back(e.score);
  }
  return graph;
}

Instance random_instance(std::mt19937_64& rng, int max_rows, int max_columns, int max_capacity, int max_score) {
  Instance instance;
  instance.rows = std::uniform_int_distribution<int>(0, max_rows)(rng);
  const int columns = std::uniform_int_distribution<int>(0, max_columns)(rng);
  for (int c = 0; c < columns; ++c) instance.capacity.push_back(std::uniform_int_distribution<int>(0, max_capacity)(rng));
  const double density = std::uniform_real_distribution<double>(0.05, 1.0)(rng);
  for (int r = 0; r < instance.rows; ++r) {
    for (int c = 0; c < columns; ++c) {
      if (std::bernoulli_distribution(density)(rng)) {
        instance.edges.push_back({r, c, std::uniform_int_distribution<int>(0, max_score)(rng)});
      }
    }
  }
  return instance;
}

// Exhaustive search over every way to give each row a column or nothing.
Optimum brute_force(const Instance& instance) {
  std::vector<std::vector<Edge>> by_row(static_cast<std::size_t>(instance.rows));
  for (const auto& e : instance.edges) by_row[static_cast<std::size_t>(e.row)].push_back(e);
  std::vector<std::int32_t> left = instance.capacity;
  Optimum best;
  Optimum current;
  auto visit = [&](auto&& self, std::size_t row) -> void {
    if (row == by_row.size()) {
      if (current.pairs > best.pairs || (current.pairs == best.pairs && current.score > best.score)) best = current;
      return;
    }
    self(self, row + 1);
    for (const auto& e : by_row[row]) {
      auto& room = left[static_cast<std::size_t>(e.column)];
      if (room == 0) continue;
      --room;
      ++current.pairs;
      current.score += e.score;
      self(self, row + 1);
      --current.pairs;
      current.score -= e.score;
      ++room;
    }
  };
  visit(visit, 0);
  return best;
}

// Min-cost flow: each row sends one unit either through an edge (cost
// -(score + big)) or straight to the sink (cost 0); columns pass at most their capacity.
Optimum lemon_optimum(const Instance& instance) {
  lemon::SmartDigraph graph;
  std::vector<lemon::SmartDigraph::Node> rows, columns;
  for (int r = 0; r < instance.rows; ++r) rows.push_back(graph.addNode());
  for (std::size_t c = 0; c < instance.capacity.size(); ++c) columns.push_back(graph.addNode());
  const auto sink = graph.addNode();
  lemon::SmartDigraph::ArcMap<long long> capacity(graph), cost(graph);
  lemon::SmartDigraph::NodeMap<long long> supply(graph, 0);
  std::int64_t smax = 0;
  for (const auto& e : instance.edges) smax = std::max<std::int64_t>(smax, e.score);
  const std::int64_t big = (instance.rows + 1) * (smax + 1);
  for (const auto& e : instance.edges) {
    const auto arc = graph.addArc(rows[static_cast<std::size_t>(e.row)], columns[static_cast<std::size_t>(e.column)]);
    capacity[arc] = 1;
    cost[arc] = -(e.score + big);
  }
  for (int r = 0; r < instance.rows; ++r) {
    const auto arc = graph.addArc(rows[static_cast<std::size_t>(r)], sink);
    capacity[arc] = 1;
    cost[arc] = 0;
    supply[rows[static_cast<std::size_t>(r)]] = 1;
  }
  for (std::size_t c = 0; c < instance.capacity.size(); ++c) {
    const auto arc = graph.addArc(columns[c], sink);
    capacity[arc] = instance.capacity[c];
    cost[arc] = 0;
  }
  supply[sink] = -instance.rows;
  lemon::NetworkSimplex<lemon::SmartDigraph, long long, long long> simplex(graph);
  simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
  const auto status = simplex.run();
  EXPECT_EQ(status, decltype(simplex)::OPTIMAL);
  const std::int64_t total = -simplex.totalCost();
  return {total / big, total % big};
}

// Checks that the matching is feasible and that its figures are what it claims.
Optimum checked(const Instance& instance, const BMatching& matching) {
  EXPECT_EQ(matching.column_of_row.size(), static_cast<std::size_t>(instance.rows));
  std::vector<std::int32_t> used(instance.capacity.size(), 0);
  Optimum seen;
  for (int r = 0; r < instance.rows; ++r) {
    const auto column = matching.column_of_row[static_cast<std::size_t>(r)];
    if (column == kUnmatched) continue;
    const auto edge = std::find_if(instance.edges.begin(), instance.edges.end(),
                                   [&](const Edge& e) { return e.row == r && e.column == column; });
    EXPECT_NE(edge, instance.edges.end()) << "row " << r << " got column " << column << " without an edge";
    if (edge == instance.edges.end()) continue;
    ++used[static_cast<std::size_t>(column)];
    ++seen.pairs;
    seen.score += edge->score;
  }
  for (std::size_t c = 0; c < used.size(); ++c) EXPECT_LE(used[c], instance.capacity[c]) << "column " << c;
  EXPECT_EQ(seen.pairs, matching.pair_count);
  EXPECT_EQ(seen.score, matching.total_score);
  return seen;
}

TEST(BMatching, EmptyGraph) {
  BipartiteGraph graph;
  graph.row_begin = {0};
  const auto matching = solve_b_matching(graph);
  EXPECT_EQ(matching.pair_count, 0);
  EXPECT_TRUE(matching.column_of_row.empty());
}

TEST(BMatching, PrefersMorePairsOverHigherScore) {
  // Row 0 scores 100 with column 0, its only partner is also row 1's only
  // partner... no: row 1 can use column 1 only if row 0 takes column 0.
  Instance instance{2, {1, 1}, {{0, 0, 1}, {0, 1, 100}, {1, 1, 1}}};
  const auto matching = solve_b_matching(to_graph(instance));
  EXPECT_EQ(checked(instance, matching), (Optimum{2, 2}));
}

TEST(BMatching, RespectsCapacity) {
  Instance instance{3, {2, 1}, {{0, 0, 5}, {1, 0, 5}, {2, 0, 5}, {2, 1, 1}}};
  const auto matching = solve_b_matching(to_graph(instance));
  EXPECT_EQ(checked(instance, matching), (Optimum{3, 11}));
}

TEST(BMatching, MatchesBruteForceOnTinyGraphs) {
  std::mt19937_64 rng(20240601);
  for (int i = 0; i < 3000; ++i) {
    const auto instance = random_instance(rng, 7, 4, 3, i % 2 == 0 ? 3 : 50);
    const auto graph = to_graph(instance);
    const auto expected = brute_force(instance);
    ASSERT_EQ(checked(instance, solve_b_matching(graph)), expected) << "instance " << i;
    // One candidate per row and column: the answer comes from warm-started rounds.
    ASSERT_EQ(checked(instance, solve_b_matching(graph, {1, 1})), expected) << "instance " << i << ", warm";
  }
}

TEST(BMatching, MatchesLemonOnSmallGraphs) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 1500; ++i) {
    const auto instance = random_instance(rng, 60, 45, 3, i % 3 == 0 ? 2 : 1000);
    const auto matching = solve_b_matching(to_graph(instance));
    ASSERT_EQ(checked(instance, matching), lemon_optimum(instance)) << "instance " << i;
  }
}

TEST(BMatching, MatchesLemonWhenPricingAddsEdges) {
  // Rows with far more edges than the candidate list, few distinct scores
  // and scarce columns make the first candidate round insufficient.
  std::mt19937_64 rng(99);
  std::int64_t rounds = 0;
  for (int i = 0; i < 300; ++i) {
    Instance instance;
    instance.rows = std::uniform_int_distribution<int>(20, 80)(rng);
    const int columns = std::uniform_int_distribution<int>(10, 80)(rng);
    for (int c = 0; c < columns; ++c) instance.capacity.push_back(std::uniform_int_distribution<int>(0, 2)(rng));
    const int max_score = i % 2 == 0 ? 3 : 100000;
    const double density = std::uniform_real_distribution<double>(0.3, 1.0)(rng);
    // Rows prefer the same few columns, so the candidate lists collide.
    for (int r = 0; r < instance.rows; ++r) {
      for (int c = 0; c < columns; ++c) {
        if (!std::bernoulli_distribution(density)(rng)) continue;
        const int bias = c < 8 ? max_score / 2 : 0;
        instance.edges.push_back({r, c, std::min(max_score, bias + std::uniform_int_distribution<int>(0, max_score / 2)(rng))});
      }
    }
    // The default candidate lists now often suffice; every other instance
    // uses short ones so that pricing must add edges.
    const auto matching = solve_b_matching(to_graph(instance), i % 2 ? SolveOptions{} : SolveOptions{3, 1});
    rounds += matching.stats.pricing_rounds;
    ASSERT_EQ(checked(instance, matching), lemon_optimum(instance)) << "instance " << i;
  }
  EXPECT_GT(rounds, 0) << "the test no longer exercises pricing";
}

// The warm start: after each pricing round the previous matching and
// potentials are kept, only rows with a priced-out edge are re-inserted, and
// columns they leave are repaired in place. Scores with a handful of values,
// rows far longer than their candidate lists, popular columns everyone ranks
// first and scarce capacity make several rounds and repairs happen.
TEST(BMatching, MatchesLemonAcrossWarmStartedRounds) {
  std::mt19937_64 rng(4242);
  SolveStats total;
  for (int i = 0; i < 120; ++i) {
    Instance instance;
    instance.rows = std::uniform_int_distribution<int>(80, 220)(rng);
    const int columns = std::uniform_int_distribution<int>(40, 220)(rng);
    for (int c = 0; c < columns; ++c) instance.capacity.push_back(std::uniform_int_distribution<int>(0, 3)(rng));
    // Scores like the engine's: points per matching attribute, so few distinct values.
    constexpr int kWeights[] = {30, 20, 20, 20, 10};
    auto attributes = [&] {
      std::array<int, 5> out{};
      for (auto& a : out) a = std::uniform_int_distribution<int>(0, 2)(rng);
      return out;
    };
    std::vector<std::array<int, 5>> column_attributes;
    for (int c = 0; c < columns; ++c) column_attributes.push_back(attributes());
    const double density = std::uniform_real_distribution<double>(0.4, 1.0)(rng);
    for (int r = 0; r < instance.rows; ++r) {
      const auto mine = attributes();
      for (int c = 0; c < columns; ++c) {
        if (!std::bernoulli_distribution(density)(rng)) continue;
        int score = 0;
        for (int a = 0; a < 5; ++a) score += mine[static_cast<std::size_t>(a)] == column_attributes[static_cast<std::size_t>(c)][static_cast<std::size_t>(a)] ? kWeights[a] : 0;
        instance.edges.push_back({r, c, score});
      }
    }
    const auto graph = to_graph(instance);
    // Tiny candidate lists (1-3 per row, 1-2 per column) make the first round far from optimal.
    const SolveOptions options{static_cast<std::size_t>(1 + i % 3), static_cast<std::size_t>(i % 3)};
    const auto matching = solve_b_matching(graph, options);
    total.pricing_rounds += matching.stats.pricing_rounds;
    total.repaired_columns += matching.stats.repaired_columns;
    ASSERT_EQ(checked(instance, matching), lemon_optimum(instance)) << "instance " << i;
    ASSERT_EQ(solve_b_matching(graph, options).column_of_row, matching.column_of_row) << "instance " << i;
    ASSERT_EQ(checked(instance, solve_b_matching(graph)), lemon_optimum(instance)) << "instance " << i;
  }
  EXPECT_GT(total.pricing_rounds, 100) << "the test no longer exercises warm-started rounds";
  EXPECT_GT(total.repaired_columns, 20) << "the test no longer exercises column repairs";
  std::printf("warm-started rounds %lld, repaired columns %lld\n", static_cast<long long>(total.pricing_rounds),
              static_cast<long long>(total.repaired_columns));
}

TEST(BMatching, DenseMatrixMatchesSparseGraphAndLemon) {
  std::mt19937_64 rng(5);
  for (int i = 0; i < 300; ++i) {
    const int rows = std::uniform_int_distribution<int>(1, 50)(rng);
    const int columns = std::uniform_int_distribution<int>(1, 50)(rng);
    const double absent = i % 3 == 0 ? 0.0 : 0.5;
    std::vector<std::int32_t> matrix(static_cast<std::size_t>(rows * columns));
    Instance instance;
    instance.rows = rows;
    for (int c = 0; c < columns; ++c) instance.capacity.push_back(std::uniform_int_distribution<int>(0, 2)(rng));
    for (int r = 0; r < rows; ++r) {
      for (int c = 0; c < columns; ++c) {
        auto& cell = matrix[static_cast<std::size_t>(r * columns + c)];
        cell = std::bernoulli_distribution(absent)(rng) ? kNoEdge : std::uniform_int_distribution<int>(0, i % 2 ? 5 : 999)(rng);
        if (cell != kNoEdge) instance.edges.push_back({r, c, cell});
      }
    }
    DenseScores dense{rows, matrix, instance.capacity};
    const auto from_dense = solve_b_matching(dense);
    const auto expected = lemon_optimum(instance);
    ASSERT_EQ(checked(instance, from_dense), expected) << "instance " << i;
    ASSERT_EQ(checked(instance, solve_b_matching(dense, {2, 1})), expected) << "instance " << i << ", warm";
    ASSERT_EQ(checked(instance, solve_b_matching(to_graph(instance))), expected) << "instance " << i;
  }
}

TEST(BMatching, SameGraphGivesSameMatching) {
  std::mt19937_64 rng(11);
  for (int i = 0; i < 50; ++i) {
    const auto graph = to_graph(random_instance(rng, 60, 60, 2, 3));
    EXPECT_EQ(solve_b_matching(graph).column_of_row, solve_b_matching(graph).column_of_row);
  }
}

}  // namespace
}  // namespace sb::mentoring
