#include "core/mentoring/b_matching.h"

#include <algorithm>
#include <cassert>
#include <functional>
#include <limits>
#include <numeric>
#include <utility>
#include <chrono>
#include <cstdio>

// How the solver works.
//
// Objective. Every row r gets an implicit private "dummy" column of cost B,
// meaning "r stays unpaired"; a real edge of score s costs smax - s, which
// lies in [0, smax]. Each row is then assigned exactly once (to a real column
// or to its dummy) at minimum total cost. With B = (rows + 1) * (smax + 1),
// one more real pair always saves more than any difference in score can cost,
// so the minimum-cost assignment has the most pairs first and the highest
// score among those second: the lexicographic objective in one number.
//
// Shortest augmenting paths. Rows are inserted one at a time (as in the
// Hungarian method and Jonker–Volgenant). A Dijkstra search over reduced costs
// c(i,j) + pr(i) - pc(j) >= 0 starts at the new row; reaching a column that
// still has capacity, or a scanned row's dummy, ends it; reaching a full
// column continues through every row currently assigned to it (their
// assignment edges are tight, so they sit at the column's distance).
// Potentials are then updated the Johnson way and the path is flipped. A
// column's flow never decreases, so a column that is not full has never been
// finalised in a search and keeps potential 0: together with tight
// assignment edges and non-negative reduced costs this is the complementary
// slackness of the b-matching LP, so every intermediate assignment is optimal
// for the rows inserted so far.
//
// Candidates and pricing. The search runs on at most kInitialCandidates best
// edges per row. Afterwards every edge of the full graph is priced with the
// final potentials; an edge with negative reduced cost joins the candidates
// and the component is solved again. When nothing prices out, the primal
// solution and the potentials satisfy the optimality conditions of the full
// problem, so the answer is exact, not a heuristic. On random dense score
// matrices the first round almost always suffices.
namespace sb::mentoring {
namespace {

constexpr std::int64_t kInfinity = std::numeric_limits<std::int64_t>::max() / 4;
constexpr std::int32_t kOnDummy = -2;
constexpr std::size_t kInitialCandidates = 12;
constexpr std::size_t kAddedPerRowPerRound = 32;

// Keeps the k best (key, column) entries seen: larger key first, lower column
// on equal keys, so that selection is deterministic.
class TopK {
 public:
  explicit TopK(std::size_t k) : k_(k) { items_.reserve(k + 1); }

  void clear() { items_.clear(); }

  void offer(std::int64_t key, std::int32_t column) {
    if (items_.size() >= k_ && key <= items_.back().first) return;
    auto position = items_.end();
    while (position != items_.begin() && std::prev(position)->first < key) --position;
    items_.insert(position, {key, column});
    if (items_.size() > k_) items_.pop_back();
  }

  const std::vector<std::pair<std::int64_t, std::int32_t>>& items() const { return items_; }

 private:
  std::size_t k_;
  std::vector<std::pair<std::int64_t, std::int32_t>> items_;
};

// Full-graph access for candidate selection and pricing. Columns without
// capacity are hidden here so that nothing downstream has to test them.
class SparseView {
 public:
  explicit SparseView(const BipartiteGraph& graph) : graph_(graph) {}

  template <typename Visit>
  void for_each_edge(std::int32_t row, Visit&& visit) const {
    const auto end = graph_.row_begin[static_cast<std::size_t>(row) + 1];
    for (auto e = graph_.row_begin[static_cast<std::size_t>(row)]; e < end; ++e) {
      const auto column = graph_.column[static_cast<std::size_t>(e)];
      if (graph_.column_capacity[static_cast<std::size_t>(column)] > 0) {
        visit(column, graph_.score[static_cast<std::size_t>(e)]);
      }
    }
  }

 private:
  const BipartiteGraph& graph_;
};

class DenseView {
 public:
  explicit DenseView(const DenseScores& scores) : scores_(scores) {}

  template <typename Visit>
  void for_each_edge(std::int32_t row, Visit&& visit) const {
    const auto columns = static_cast<std::size_t>(scores_.column_count());
    const std::int32_t* values = scores_.scores.data() + static_cast<std::size_t>(row) * columns;
    const std::int32_t* capacity = scores_.column_capacity.data();
    for (std::size_t j = 0; j < columns; ++j) {
      if (values[j] >= 0 && capacity[j] > 0) visit(static_cast<std::int32_t>(j), values[j]);
    }
  }

  // The pricing test for one row in a form the compiler vectorises: the best
  // score + column potential over the row. Only when it exceeds the row's
  // threshold does the caller look for the offending columns.
  std::int64_t best_priced(std::int32_t row, const std::vector<std::int64_t>& column_potential) const {
    const auto columns = static_cast<std::size_t>(scores_.column_count());
    const std::int32_t* values = scores_.scores.data() + static_cast<std::size_t>(row) * columns;
    const std::int64_t* potential = column_potential.data();
    const std::int32_t* capacity = scores_.column_capacity.data();
    std::int64_t best = -kInfinity;
    for (std::size_t j = 0; j < columns; ++j) {
      const std::int64_t priced = values[j] >= 0 && capacity[j] > 0 ? values[j] + potential[j] : -kInfinity;
      best = std::max(best, priced);
    }
    return best;
  }

 private:
  const DenseScores& scores_;
};

struct Component {
  std::vector<std::int32_t> rows;     // increasing
  std::vector<std::int32_t> columns;  // increasing; all with capacity > 0
};

// Candidate edges of one component, indexed by the row's position in the component.
struct Candidates {
  std::vector<std::int64_t> begin;
  std::vector<std::int32_t> column;
  std::vector<std::int32_t> cost;
};

// Successive shortest paths on the candidate edges of one component. State
// arrays span the whole graph so that components need no renumbering; only
// the entries of the component being solved are reset and touched.
class ShortestPathSolver {
 public:
  ShortestPathSolver(std::int32_t row_count, std::span<const std::int32_t> capacity)
      : capacity_(capacity),
        row_potential_(static_cast<std::size_t>(row_count), 0),
        row_column_(static_cast<std::size_t>(row_count), kUnmatched),
        next_in_column_(static_cast<std::size_t>(row_count), -1),
        prev_in_column_(static_cast<std::size_t>(row_count), -1),
        local_row_(static_cast<std::size_t>(row_count), -1),
        column_potential_(capacity.size(), 0),
        flow_(capacity.size(), 0),
        first_in_column_(capacity.size(), -1),
        distance_(capacity.size(), 0),
        predecessor_(capacity.size(), -1),
        mark_(capacity.size(), Mark::untouched) {}

  void solve(const Component& component, const Candidates& candidates, std::int64_t dummy_cost) {
    candidates_ = &candidates;
    dummy_cost_ = dummy_cost;
    for (std::size_t k = 0; k < component.rows.size(); ++k) {
      const auto row = static_cast<std::size_t>(component.rows[k]);
      local_row_[row] = static_cast<std::int32_t>(k);
      row_potential_[row] = 0;
      row_column_[row] = kUnmatched;
      next_in_column_[row] = prev_in_column_[row] = -1;
    }
    for (const auto column : component.columns) {
      const auto j = static_cast<std::size_t>(column);
      column_potential_[j] = 0;
      flow_[j] = 0;
      first_in_column_[j] = -1;
    }
    for (const auto row : component.rows) augment_from(row);
  }

  // Continues from the previous solve after edges joined the candidates:
  // rows in `changed` leave their partner, lift their potential until none of
  // their edges has a negative reduced cost, and are inserted again. Every
  // other row keeps its tight assignment.
  void resume(const Candidates& candidates, std::int64_t dummy_cost, const std::vector<std::int32_t>& changed) {
    candidates_ = &candidates;
    dummy_cost_ = dummy_cost;
    for (const auto row : changed) {
      const auto r = static_cast<std::size_t>(row);
      move(row, row_column_[r], kUnmatched);
      const auto k = static_cast<std::size_t>(local_row_[r]);
      std::int64_t lift = -dummy_cost;
      for (auto e = candidates.begin[k]; e < candidates.begin[k + 1]; ++e) {
        const auto j = static_cast<std::size_t>(candidates.column[static_cast<std::size_t>(e)]);
        lift = std::max(lift, column_potential_[j] - candidates.cost[static_cast<std::size_t>(e)]);
      }
      row_potential_[r] = lift;
    }
    for (const auto row : changed) augment_from(row);
  }

  // After resume(), a column that lost a partner may be left with room but a
  // negative potential, which breaks complementary slackness; the caller then
  // solves the component afresh.
  bool columns_complementary(const Component& component) const {
    return std::all_of(component.columns.begin(), component.columns.end(), [&](std::int32_t column) {
      const auto j = static_cast<std::size_t>(column);
      return flow_[j] == capacity_[j] || column_potential_[j] == 0;
    });
  }

  std::int32_t column_of(std::int32_t row) const { return row_column_[static_cast<std::size_t>(row)]; }
  std::int64_t row_potential(std::int32_t row) const { return row_potential_[static_cast<std::size_t>(row)]; }
  const std::vector<std::int64_t>& column_potentials() const { return column_potential_; }
  std::int64_t augmentations() const { return augmentations_; }

 private:
  enum class Mark : std::uint8_t { untouched, tentative, finalised };

  struct HeapEntry {
    std::int64_t distance;
    std::int32_t column;
    // std::push_heap builds a max-heap; "greater" puts the nearest, then lowest column, on top.
    friend bool operator>(const HeapEntry& a, const HeapEntry& b) {
      return a.distance != b.distance ? a.distance > b.distance : a.column > b.column;
    }
  };

  bool has_room(std::int32_t column) const {
    const auto j = static_cast<std::size_t>(column);
    return flow_[j] < capacity_[j];
  }

  void push(std::int64_t distance, std::int32_t column) {
    heap_.push_back({distance, column});
    std::push_heap(heap_.begin(), heap_.end(), std::greater<>{});
  }

  // Relaxes the candidate edges of `row`, reached at `distance`. Returns true
  // when it met a column with room at that same distance: nothing can beat
  // it, so the search ends there at once.
  bool scan(std::int32_t row, std::int64_t distance) {
    const auto r = static_cast<std::size_t>(row);
    scanned_.emplace_back(row, distance);
    const std::int64_t base = distance + row_potential_[r];
    const auto k = static_cast<std::size_t>(local_row_[r]);
    const auto& c = *candidates_;
    for (auto e = c.begin[k]; e < c.begin[k + 1]; ++e) {
      const auto column = c.column[static_cast<std::size_t>(e)];
      const auto j = static_cast<std::size_t>(column);
      if (mark_[j] == Mark::finalised) continue;
      const std::int64_t reached = base + c.cost[static_cast<std::size_t>(e)] - column_potential_[j];
      if (mark_[j] == Mark::untouched) {
        mark_[j] = Mark::tentative;
        touched_.push_back(column);
      } else if (reached >= distance_[j]) {
        continue;
      }
      distance_[j] = reached;
      predecessor_[j] = row;
      if (reached == distance && has_room(column)) {
        sink_column_ = column;
        sink_distance_ = reached;
        return true;
      }
      push(reached, column);
    }
    const std::int64_t to_dummy = base + dummy_cost_;
    if (to_dummy < best_dummy_) {
      best_dummy_ = to_dummy;
      dummy_row_ = row;
    }
    return false;
  }

  void augment_from(std::int32_t root) {
    ++augmentations_;
    best_dummy_ = kInfinity;
    dummy_row_ = -1;
    sink_column_ = -1;
    bool done = scan(root, 0);
    while (!done) {
      // Pop the nearest tentative column; stale heap entries are skipped.
      HeapEntry top{kInfinity, -1};
      while (!heap_.empty()) {
        std::pop_heap(heap_.begin(), heap_.end(), std::greater<>{});
        const HeapEntry candidate = heap_.back();
        heap_.pop_back();
        const auto j = static_cast<std::size_t>(candidate.column);
        if (mark_[j] == Mark::tentative && distance_[j] == candidate.distance) {
          top = candidate;
          break;
        }
      }
      if (top.column < 0 || top.distance > best_dummy_) {
        sink_distance_ = best_dummy_;
        break;
      }
      if (has_room(top.column)) {
        sink_column_ = top.column;
        sink_distance_ = top.distance;
        break;
      }
      mark_[static_cast<std::size_t>(top.column)] = Mark::finalised;
      for (auto row = first_in_column_[static_cast<std::size_t>(top.column)]; row >= 0 && !done;
           row = next_in_column_[static_cast<std::size_t>(row)]) {
        done = scan(row, top.distance);
      }
    }
    update_potentials();
    flip_path(root);
    for (const auto column : touched_) mark_[static_cast<std::size_t>(column)] = Mark::untouched;
    touched_.clear();
    scanned_.clear();
    heap_.clear();
  }

  void update_potentials() {
    for (const auto column : touched_) {
      const auto j = static_cast<std::size_t>(column);
      if (mark_[j] == Mark::finalised) column_potential_[j] -= sink_distance_ - distance_[j];
    }
    for (const auto& [row, distance] : scanned_) {
      if (distance < sink_distance_) row_potential_[static_cast<std::size_t>(row)] -= sink_distance_ - distance;
    }
  }

  void flip_path(std::int32_t root) {
    std::int32_t row = sink_column_ >= 0 ? predecessor_[static_cast<std::size_t>(sink_column_)] : dummy_row_;
    std::int32_t column = sink_column_ >= 0 ? sink_column_ : kOnDummy;
    while (true) {
      const std::int32_t previous = row_column_[static_cast<std::size_t>(row)];
      move(row, previous, column);
      if (row == root) break;
      assert(previous >= 0);
      column = previous;
      row = predecessor_[static_cast<std::size_t>(previous)];
    }
  }

  void move(std::int32_t row, std::int32_t from, std::int32_t to) {
    const auto r = static_cast<std::size_t>(row);
    if (from >= 0) {
      const auto j = static_cast<std::size_t>(from);
      const auto prev = prev_in_column_[r];
      const auto next = next_in_column_[r];
      if (prev >= 0) {
        next_in_column_[static_cast<std::size_t>(prev)] = next;
      } else {
        first_in_column_[j] = next;
      }
      if (next >= 0) prev_in_column_[static_cast<std::size_t>(next)] = prev;
      --flow_[j];
    }
    row_column_[r] = to;
    prev_in_column_[r] = next_in_column_[r] = -1;
    if (to >= 0) {
      const auto j = static_cast<std::size_t>(to);
      const auto first = first_in_column_[j];
      next_in_column_[r] = first;
      if (first >= 0) prev_in_column_[static_cast<std::size_t>(first)] = row;
      first_in_column_[j] = row;
      ++flow_[j];
    }
  }

  std::span<const std::int32_t> capacity_;
  std::vector<std::int64_t> row_potential_;
  std::vector<std::int32_t> row_column_;
  std::vector<std::int32_t> next_in_column_;
  std::vector<std::int32_t> prev_in_column_;
  std::vector<std::int32_t> local_row_;
  std::vector<std::int64_t> column_potential_;
  std::vector<std::int32_t> flow_;
  std::vector<std::int32_t> first_in_column_;
  std::vector<std::int64_t> distance_;
  std::vector<std::int32_t> predecessor_;
  std::vector<Mark> mark_;

  const Candidates* candidates_ = nullptr;
  std::int64_t dummy_cost_ = 0;
  std::vector<HeapEntry> heap_;
  std::vector<std::int32_t> touched_;
  std::vector<std::pair<std::int32_t, std::int64_t>> scanned_;
  std::int64_t best_dummy_ = kInfinity;
  std::int32_t dummy_row_ = -1;
  std::int32_t sink_column_ = -1;
  std::int64_t sink_distance_ = 0;
  std::int64_t augmentations_ = 0;
};

// The row's threshold for pricing: an edge (row, j) with score s prices out
// when s + pc(j) exceeds it, i.e. when its reduced cost is negative.
std::int64_t pricing_threshold(std::int32_t smax, std::int64_t row_potential) { return smax + row_potential; }

template <typename View>
std::int64_t best_priced(const View& view, std::int32_t row, const std::vector<std::int64_t>& column_potential) {
  std::int64_t best = -kInfinity;
  view.for_each_edge(row, [&](std::int32_t column, std::int32_t score) {
    best = std::max(best, score + column_potential[static_cast<std::size_t>(column)]);
  });
  return best;
}

std::int64_t best_priced(const DenseView& view, std::int32_t row, const std::vector<std::int64_t>& column_potential) {
  return view.best_priced(row, column_potential);
}

// Whether every row of the component is paired and the total equals the bound.
bool reaches_bound(const Component& component, const Candidates& candidates, const ShortestPathSolver& solver,
                   std::int32_t smax, std::int64_t score_bound) {
  std::int64_t total = 0;
  for (std::size_t k = 0; k < component.rows.size(); ++k) {
    const std::int32_t column = solver.column_of(component.rows[k]);
    if (column < 0) return false;
    for (auto e = candidates.begin[k]; e < candidates.begin[k + 1]; ++e) {
      if (candidates.column[static_cast<std::size_t>(e)] == column) {
        total += smax - candidates.cost[static_cast<std::size_t>(e)];
        break;
      }
    }
  }
  return total == score_bound;
}

template <typename View>
void solve_component(const View& view, const Component& component, ShortestPathSolver& solver, BMatching& out) {
  const std::size_t rows = component.rows.size();
  // Per row: its candidate (column, score) edges; `complete` when they are all its edges.
  std::vector<std::vector<std::pair<std::int32_t, std::int32_t>>> chosen(rows);
  std::vector<bool> complete(rows, true);
  std::int32_t smax = 0;
  // The sum of each row's best score: no matching can score more, so a
  // solution that pairs every row and reaches it is optimal without pricing.
  // This settles, at once, the heavily tied instances whose shortest-path
  // potentials are poor certificates.
  std::int64_t score_bound = 0;
  std::int64_t rows_with_edges = 0;
  TopK best(kInitialCandidates);
  // Among equal scores each row starts its preference at a different column,
  // spread evenly over the columns; otherwise, with few distinct scores,
  // every row would pick the same lowest-numbered columns and collide.
  const auto spread = static_cast<std::int64_t>(std::max<std::size_t>(component.columns.size(), 1));
  const std::int64_t tie_span = spread == 1 ? 1 : (static_cast<std::int64_t>(1) << 32);
  for (std::size_t k = 0; k < rows; ++k) {
    best.clear();
    std::size_t degree = 0;
    const std::int64_t start = (static_cast<std::int64_t>(k) * 40503) % tie_span;
    view.for_each_edge(component.rows[k], [&](std::int32_t column, std::int32_t score) {
      ++degree;
      smax = std::max(smax, score);
      // Larger key wins: the score first, then nearness to this row's start column.
      const std::int64_t offset = (static_cast<std::int64_t>(column) * 2654435761LL - start) & (tie_span - 1);
      best.offer(static_cast<std::int64_t>(score) * tie_span + (tie_span - 1 - offset), column);
    });
    complete[k] = degree <= kInitialCandidates;
    if (!best.items().empty()) {
      score_bound += best.items().front().first / tie_span;
      ++rows_with_edges;
    }
    for (const auto& [key, column] : best.items()) {
      chosen[k].emplace_back(column, static_cast<std::int32_t>(key / tie_span));
    }
  }
  const std::int64_t dummy_cost = (static_cast<std::int64_t>(rows) + 1) * (static_cast<std::int64_t>(smax) + 1);

  Candidates candidates;
  TopK violations(kAddedPerRowPerRound);
  std::vector<std::int32_t> changed;
  for (std::int64_t round = 0;; ++round) {
    candidates.begin.assign(1, 0);
    candidates.column.clear();
    candidates.cost.clear();
    for (std::size_t k = 0; k < rows; ++k) {
      for (const auto& [column, score] : chosen[k]) {
        candidates.column.push_back(column);
        candidates.cost.push_back(smax - score);
      }
      candidates.begin.push_back(static_cast<std::int64_t>(candidates.column.size()));
    }
    auto t0 = std::chrono::steady_clock::now();
    bool fell = false;
    if (round == 0) {
      solver.solve(component, candidates, dummy_cost);
    } else {
      solver.resume(candidates, dummy_cost, changed);
      if (!solver.columns_complementary(component)) { fell = true; solver.solve(component, candidates, dummy_cost);}
    }
    auto t1 = std::chrono::steady_clock::now();
    std::fprintf(stderr, "DBG round %ld rows %zu cand %zu changed %zu fell %d solve %.1f ms\n", (long)round, rows, candidates.column.size(), changed.size(), fell, std::chrono::duration<double,std::milli>(t1-t0).count());

    if (rows_with_edges == static_cast<std::int64_t>(rows) && reaches_bound(component, candidates, solver, smax, score_bound)) {
      out.stats.pricing_rounds += round;
      break;
    }
    const auto& column_potential = solver.column_potentials();
    bool optimal = true;
    changed.clear();
    for (std::size_t k = 0; k < rows; ++k) {
      if (complete[k]) continue;
      const std::int32_t row = component.rows[k];
      const std::int64_t threshold = pricing_threshold(smax, solver.row_potential(row));
      if (best_priced(view, row, column_potential) <= threshold) continue;
      optimal = false;
      changed.push_back(row);
      violations.clear();
      view.for_each_edge(row, [&](std::int32_t column, std::int32_t score) {
        const std::int64_t excess = score + column_potential[static_cast<std::size_t>(column)] - threshold;
        if (excess > 0) violations.offer(excess, column);
      });
      assert(!violations.items().empty());
      for (const auto& [excess, column] : violations.items()) {
        const std::int64_t score = excess + threshold - column_potential[static_cast<std::size_t>(column)];
        chosen[k].emplace_back(column, static_cast<std::int32_t>(score));
      }
    }
    if (optimal) {
      out.stats.pricing_rounds += round;
      break;
    }
  }

  out.stats.candidate_edges += static_cast<std::int64_t>(candidates.column.size());
  for (std::size_t k = 0; k < rows; ++k) {
    const std::int32_t row = component.rows[k];
    const std::int32_t column = solver.column_of(row);
    if (column < 0) continue;
    out.column_of_row[static_cast<std::size_t>(row)] = column;
    ++out.pair_count;
    for (auto e = candidates.begin[k]; e < candidates.begin[k + 1]; ++e) {
      if (candidates.column[static_cast<std::size_t>(e)] == column) {
        out.total_score += smax - candidates.cost[static_cast<std::size_t>(e)];
        break;
      }
    }
  }
}

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t size) : parent_(size) { std::iota(parent_.begin(), parent_.end(), 0); }

  std::int32_t find(std::int32_t x) {
    while (parent_[static_cast<std::size_t>(x)] != x) {
      auto& p = parent_[static_cast<std::size_t>(x)];
      p = parent_[static_cast<std::size_t>(p)];
      x = p;
    }
    return x;
  }

  // The smaller root wins, which keeps the structure independent of edge order.
  void unite(std::int32_t a, std::int32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[static_cast<std::size_t>(b)] = a;
  }

 private:
  std::vector<std::int32_t> parent_;
};

std::vector<Component> connected_components(const BipartiteGraph& graph) {
  const std::int32_t rows = graph.row_count;
  DisjointSets sets(static_cast<std::size_t>(rows) + graph.column_capacity.size());
  std::vector<bool> has_edge(static_cast<std::size_t>(rows), false);
  SparseView view(graph);
  for (std::int32_t r = 0; r < rows; ++r) {
    view.for_each_edge(r, [&](std::int32_t column, std::int32_t) {
      has_edge[static_cast<std::size_t>(r)] = true;
      sets.unite(r, rows + column);
    });
  }
  // Components are numbered in order of their lowest row; the root of a
  // component containing a row is always a row (lower index than any column).
  std::vector<std::int32_t> index_of_root(static_cast<std::size_t>(rows), -1);
  std::vector<Component> components;
  for (std::int32_t r = 0; r < rows; ++r) {
    if (!has_edge[static_cast<std::size_t>(r)]) continue;
    auto& index = index_of_root[static_cast<std::size_t>(sets.find(r))];
    if (index < 0) {
      index = static_cast<std::int32_t>(components.size());
      components.emplace_back();
    }
    components[static_cast<std::size_t>(index)].rows.push_back(r);
  }
  for (std::int32_t c = 0; c < graph.column_count(); ++c) {
    if (graph.column_capacity[static_cast<std::size_t>(c)] <= 0) continue;
    const std::int32_t root = sets.find(rows + c);
    if (root >= rows) continue;  // a column no row can reach
    components[static_cast<std::size_t>(index_of_root[static_cast<std::size_t>(root)])].columns.push_back(c);
  }
  return components;
}

}  // namespace

BMatching solve_b_matching(const BipartiteGraph& graph) {
  assert(graph.row_begin.size() == static_cast<std::size_t>(graph.row_count) + 1);
  BMatching out;
  out.column_of_row.assign(static_cast<std::size_t>(graph.row_count), kUnmatched);
  const auto components = connected_components(graph);
  out.stats.components = static_cast<std::int64_t>(components.size());
  ShortestPathSolver solver(graph.row_count, graph.column_capacity);
  SparseView view(graph);
  auto t0 = std::chrono::steady_clock::now();
  for (const auto& component : components) solve_component(view, component, solver, out);
  std::fprintf(stderr, "DBG solve_all %.1f ms\n", std::chrono::duration<double,std::milli>(std::chrono::steady_clock::now()-t0).count());
  out.stats.augmentations = solver.augmentations();
  return out;
}

BMatching solve_b_matching(const DenseScores& scores) {
  assert(scores.scores.size() ==
         static_cast<std::size_t>(scores.row_count) * static_cast<std::size_t>(scores.column_count()));
  BMatching out;
  out.column_of_row.assign(static_cast<std::size_t>(scores.row_count), kUnmatched);
  // One component of everything: a dense matrix is almost always connected,
  // and the searches never leave the part of the graph a row can reach anyway.
  Component all;
  for (std::int32_t r = 0; r < scores.row_count; ++r) all.rows.push_back(r);
  for (std::int32_t c = 0; c < scores.column_count(); ++c) {
    if (scores.column_capacity[static_cast<std::size_t>(c)] > 0) all.columns.push_back(c);
  }
  out.stats.components = 1;
  ShortestPathSolver solver(scores.row_count, scores.column_capacity);
  DenseView view(scores);
  solve_component(view, all, solver, out);
  out.stats.augmentations = solver.augmentations();
  return out;
}

}  // namespace sb::mentoring
