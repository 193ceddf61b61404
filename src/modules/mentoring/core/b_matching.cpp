#include "modules/mentoring/core/b_matching.h"

#include <algorithm>
#include <cassert>
#include <functional>
#include <limits>
#include <numeric>
#include <utility>

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
// Candidates and pricing. The search runs on the row_candidates best edges
// of each row plus the column_candidates best edges of each column (score
// ties broken by a fixed hash of the pair, so rows spread over equally good
// columns instead of all picking the lowest-numbered ones). Afterwards every
// edge of the full graph is priced with the final potentials; an edge with
// negative reduced cost joins the candidates. When nothing prices out, the
// primal solution and the potentials satisfy the optimality conditions of
// the full problem, so the answer is exact, not a heuristic.
//
// Warm start. After edges join, the previous matching and potentials are
// kept. Rows with an offending edge leave their partner, lift their
// potential until none of their candidate edges has a negative reduced cost,
// and are inserted again by the same forward search; every other row keeps
// its tight assignment. A column such a row left may end with room and a
// negative potential, which breaks complementary slackness; a backward
// search from that column (repair_columns) either finds a cheaper row to
// fill it or raises its potential back to 0, keeping every reduced cost
// non-negative. A pricing round thus costs a few searches instead of a new
// solve, which matters when scores have few distinct values and rounds are
// many. The cheaper test of reaches_bound (every row paired at its best
// score) settles heavily tied instances without pricing at all.
namespace sb::mentoring {
namespace {

constexpr std::int64_t kInfinity = std::numeric_limits<std::int64_t>::max() / 4;
constexpr std::int32_t kOnDummy = -2;
constexpr std::size_t kAddedPerRowPerRound = 32;

// Keeps the k best (key, column) entries seen: larger key first, lower column
// on equal keys, so that selection is deterministic.
class TopK {
 public:
  explicit TopK(std::size_t k) : k_(k) { items_.reserve(k + 1); }

  void clear() { items_.clear(); }

  // Below this key an offer is refused.
  std::int64_t worst_key() const { return items_.size() < k_ ? -1 : items_.back().first; }

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

  std::int32_t column_count() const { return graph_.column_count(); }

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

  std::int32_t column_count() const { return scores_.column_count(); }

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
  // negative potential, which breaks complementary slackness. This lists them.
  std::vector<std::int32_t> columns_not_complementary(const Component& component) const {
    std::vector<std::int32_t> out;
    for (const auto column : component.columns) {
      const auto j = static_cast<std::size_t>(column);
      if (flow_[j] < capacity_[j] && column_potential_[j] != 0) out.push_back(column);
    }
    return out;
  }

  // Restores complementary slackness at the given columns, each with room
  // and a negative potential, without touching the rest of the solution.
  // For such a column k, a search backwards from k over the residual graph
  // finds the cheapest way to give k one more row: from a row on its dummy
  // (one more pair), or from a column whose potential is at least as low
  // (a row moves over). Call its length L and let d = -pc(k). When L < d
  // that path is flipped and potentials rise so that it is tight; otherwise
  // potentials rise by d minus each node's distance and k reaches 0. Either
  // way every reduced cost stays >= 0 (the mirror of the forward search), so
  // optimality for the candidates holds again once no column is left.
  void repair_columns(const std::vector<std::int32_t>& columns, const Component& component) {
    build_reverse_index(component);
    for (const auto column : columns) {
      while (has_room(column) && column_potential_[static_cast<std::size_t>(column)] < 0) raise_column(column);
    }
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

  // Candidate edges by column, for the backward searches of repair_columns().
  void build_reverse_index(const Component& component) {
    const auto& c = *candidates_;
    reverse_begin_.assign(capacity_.size() + 1, 0);
    for (const auto column : c.column) ++reverse_begin_[static_cast<std::size_t>(column) + 1];
    for (std::size_t j = 0; j < capacity_.size(); ++j) reverse_begin_[j + 1] += reverse_begin_[j];
    reverse_edge_.resize(c.column.size());
    std::vector<std::int64_t> next(reverse_begin_.begin(), reverse_begin_.end() - 1);
    for (std::size_t k = 0; k < component.rows.size(); ++k) {
      for (auto e = c.begin[k]; e < c.begin[k + 1]; ++e) {
        const auto j = static_cast<std::size_t>(c.column[static_cast<std::size_t>(e)]);
        reverse_edge_[static_cast<std::size_t>(next[j]++)] = {component.rows[k], static_cast<std::int32_t>(e)};
      }
    }
    if (row_distance_.size() < row_column_.size()) {
      row_distance_.assign(row_column_.size(), 0);
      row_successor_.assign(row_column_.size(), -1);
      row_mark_.assign(row_column_.size(), Mark::untouched);
    }
  }

  // One backward search from `target` (see repair_columns). Nodes in the
  // heap are rows as themselves and columns as -1 - column.
  void raise_column(std::int32_t target) {
    const auto& c = *candidates_;
    std::int64_t limit = -column_potential_[static_cast<std::size_t>(target)];
    std::int32_t source = kNoSource;  // a dummy row, or -1 - column, where the path starts
    std::vector<std::int32_t> touched_rows;
    std::vector<std::int32_t> touched_columns;
    std::vector<std::pair<std::int64_t, std::int32_t>> heap;
    const auto by_distance = std::greater<>{};
    auto reach_column = [&](std::int32_t column, std::int64_t distance, std::int32_t successor) {
      const auto j = static_cast<std::size_t>(column);
      if (mark_[j] == Mark::finalised) return;
      if (mark_[j] == Mark::untouched) {
        mark_[j] = Mark::tentative;
        touched_columns.push_back(column);
      } else if (distance >= distance_[j]) {
        return;
      }
      distance_[j] = distance;
      predecessor_[j] = successor;
      heap.emplace_back(distance, -1 - column);
      std::push_heap(heap.begin(), heap.end(), by_distance);
    };
    auto reach_row = [&](std::int32_t row, std::int64_t distance, std::int32_t successor) {
      const auto r = static_cast<std::size_t>(row);
      if (row_mark_[r] == Mark::finalised) return;
      if (row_mark_[r] == Mark::untouched) {
        row_mark_[r] = Mark::tentative;
        touched_rows.push_back(row);
      } else if (distance >= row_distance_[r]) {
        return;
      }
      row_distance_[r] = distance;
      row_successor_[r] = successor;
      heap.emplace_back(distance, row);
      std::push_heap(heap.begin(), heap.end(), by_distance);
    };
    reach_column(target, 0, -1);
    while (!heap.empty() && heap.front().first < limit) {
      std::pop_heap(heap.begin(), heap.end(), by_distance);
      const auto [distance, node] = heap.back();
      heap.pop_back();
      if (node < 0) {
        const std::int32_t column = -1 - node;
        const auto j = static_cast<std::size_t>(column);
        if (mark_[j] != Mark::tentative || distance_[j] != distance) continue;
        mark_[j] = Mark::finalised;
        // The column can hand over one of its rows at its potential's price.
        if (flow_[j] > 0 && distance - column_potential_[j] < limit) {
          limit = distance - column_potential_[j];
          source = node;
        }
        for (auto i = reverse_begin_[j]; i < reverse_begin_[j + 1]; ++i) {
          const auto [row, e] = reverse_edge_[static_cast<std::size_t>(i)];
          const auto r = static_cast<std::size_t>(row);
          if (row_column_[r] == column) continue;
          reach_row(row, distance + c.cost[static_cast<std::size_t>(e)] + row_potential_[r] - column_potential_[j], column);
        }
      } else {
        const auto r = static_cast<std::size_t>(node);
        if (row_mark_[r] != Mark::tentative || row_distance_[r] != distance) continue;
        row_mark_[r] = Mark::finalised;
        const std::int32_t assigned = row_column_[r];
        if (assigned == kOnDummy) {
          if (distance < limit) {
            limit = distance;
            source = node;
          }
        } else {
          reach_column(assigned, distance, node);
        }
      }
    }
    for (const auto column : touched_columns) {
      const auto j = static_cast<std::size_t>(column);
      if (mark_[j] == Mark::finalised && distance_[j] < limit) column_potential_[j] += limit - distance_[j];
    }
    for (const auto row : touched_rows) {
      const auto r = static_cast<std::size_t>(row);
      if (row_mark_[r] == Mark::finalised && row_distance_[r] < limit) row_potential_[r] += limit - row_distance_[r];
    }
    // Flip the path from its source to the target: each row on it moves to
    // the column after it.
    if (source != kNoSource && source != -1 - target) {
      std::int32_t row = source >= 0 ? source : predecessor_[static_cast<std::size_t>(-1 - source)];
      while (row >= 0) {
        const std::int32_t next_column = row_successor_[static_cast<std::size_t>(row)];
        const std::int32_t from = row_column_[static_cast<std::size_t>(row)];
        move(row, from, next_column);
        row = next_column == target ? -1 : predecessor_[static_cast<std::size_t>(next_column)];
      }
    }
    // A raised column leaves the rows assigned to it with a negative reduced
    // cost on that edge, which optimality allows but the forward search does
    // not expect: it puts a column's rows at the column's distance. Raising
    // those rows until the edge is tight again only increases the reduced
    // costs of their other edges and of their dummies.
    for (const auto column : touched_columns) {
      const auto j = static_cast<std::size_t>(column);
      if (mark_[j] != Mark::finalised) continue;
      for (auto row = first_in_column_[j]; row >= 0; row = next_in_column_[static_cast<std::size_t>(row)]) {
        const auto r = static_cast<std::size_t>(row);
        const auto k = static_cast<std::size_t>(local_row_[r]);
        for (auto e = c.begin[k]; e < c.begin[k + 1]; ++e) {
          if (c.column[static_cast<std::size_t>(e)] != column) continue;
          const std::int64_t reduced = c.cost[static_cast<std::size_t>(e)] + row_potential_[r] - column_potential_[j];
          assert(reduced <= 0);
          row_potential_[r] -= reduced;
          break;
        }
      }
    }
    for (const auto column : touched_columns) mark_[static_cast<std::size_t>(column)] = Mark::untouched;
    for (const auto row : touched_rows) row_mark_[static_cast<std::size_t>(row)] = Mark::untouched;
  }

  static constexpr std::int32_t kNoSource = std::numeric_limits<std::int32_t>::min();

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
  std::vector<std::int64_t> reverse_begin_;
  std::vector<std::pair<std::int32_t, std::int32_t>> reverse_edge_;  // (row, candidate edge)
  std::vector<std::int64_t> row_distance_;
  std::vector<std::int32_t> row_successor_;
  std::vector<Mark> row_mark_;
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

// A fixed pseudo-random rank for a (row, column) pair, used to break score
// ties when candidates are selected. Rows then prefer different columns among
// equally scored ones, instead of all crowding onto the same few, and the rank
// depends only on the indices, so selection stays deterministic.
std::uint32_t tie_rank(std::int32_t row, std::int32_t column) {
  std::uint64_t x = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(row)) << 32) | static_cast<std::uint32_t>(column);
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return static_cast<std::uint32_t>(x ^ (x >> 31));
}

// The selection key: the score first, the tie rank second; larger wins.
std::int64_t selection_key(std::int32_t score, std::int32_t row, std::int32_t column) {
  return (static_cast<std::int64_t>(score) << 32) | tie_rank(row, column);
}

template <typename View>
void solve_component(const View& view, const Component& component, const SolveOptions& options,
                     ShortestPathSolver& solver, BMatching& out) {
  const std::size_t row_candidates = std::max<std::size_t>(options.row_candidates, 1);
  const std::size_t column_candidates = std::max<std::size_t>(options.column_candidates, 1);
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
  // Candidates are each row's best edges and each column's best edges. The
  // columns' share gives a column that no row ranks highly the rows it fits
  // best, which the optimum often needs when popular columns are contested.
  TopK best(row_candidates);
  std::vector<std::int32_t> slot_of_column(static_cast<std::size_t>(view.column_count()), -1);
  for (std::size_t s = 0; s < component.columns.size(); ++s) {
    slot_of_column[static_cast<std::size_t>(component.columns[s])] = static_cast<std::int32_t>(s);
  }
  // Per column slot, its column_candidates best (key, row position) so far, worst first.
  std::vector<std::pair<std::int64_t, std::int32_t>> column_best(component.columns.size() * column_candidates,
                                                                  {-1, -1});
  for (std::size_t k = 0; k < rows; ++k) {
    best.clear();
    std::size_t degree = 0;
    const std::int32_t row = component.rows[k];
    view.for_each_edge(row, [&](std::int32_t column, std::int32_t score) {
      ++degree;
      smax = std::max(smax, score);
      auto* slots = &column_best[static_cast<std::size_t>(slot_of_column[static_cast<std::size_t>(column)]) *
                                 column_candidates];
      // Most edges lose on the score alone; only the others need their tie rank.
      const std::int64_t floor = static_cast<std::int64_t>(score) << 32;
      const std::int64_t worst = std::min(best.worst_key(), slots[0].first);
      if (floor + std::numeric_limits<std::uint32_t>::max() <= worst) return;
      const std::int64_t key = floor | tie_rank(row, column);
      best.offer(key, column);
      if (key > slots[0].first) {
        // Insertion into the small sorted array; the worst entry drops out.
        std::size_t i = 0;
        while (i + 1 < column_candidates && slots[i + 1].first < key) {
          slots[i] = slots[i + 1];
          ++i;
        }
        slots[i] = {key, static_cast<std::int32_t>(k)};
      }
    });
    complete[k] = degree <= row_candidates;
    if (!best.items().empty()) {
      score_bound += best.items().front().first >> 32;
      ++rows_with_edges;
    }
    for (const auto& [key, column] : best.items()) {
      chosen[k].emplace_back(column, static_cast<std::int32_t>(key >> 32));
    }
  }
  for (std::size_t s = 0; s < component.columns.size(); ++s) {
    const std::int32_t column = component.columns[s];
    for (std::size_t i = 0; i < column_candidates; ++i) {
      const auto& [key, k] = column_best[s * column_candidates + i];
      if (k < 0 || complete[static_cast<std::size_t>(k)]) continue;
      auto& list = chosen[static_cast<std::size_t>(k)];
      const auto score = static_cast<std::int32_t>(key >> 32);
      // A row's own selection holds its best keys, so the edge is already
      // there exactly when its key is at least the row's worst selected key.
      if (list.size() >= row_candidates &&
          key >= selection_key(list[row_candidates - 1].second, component.rows[static_cast<std::size_t>(k)],
                               list[row_candidates - 1].first)) {
        continue;
      }
      list.emplace_back(column, score);
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
    if (round == 0) {
      solver.solve(component, candidates, dummy_cost);
    } else {
      solver.resume(candidates, dummy_cost, changed);
      // Columns left with room and a negative potential are repaired in place.
      std::vector<std::int32_t> bad = solver.columns_not_complementary(component);
      out.stats.repaired_columns += static_cast<std::int64_t>(bad.size());
      solver.repair_columns(bad, component);
      assert(solver.columns_not_complementary(component).empty());
    }

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

BMatching solve_b_matching(const BipartiteGraph& graph, const SolveOptions& options) {
  assert(graph.row_begin.size() == static_cast<std::size_t>(graph.row_count) + 1);
  BMatching out;
  out.column_of_row.assign(static_cast<std::size_t>(graph.row_count), kUnmatched);
  const auto components = connected_components(graph);
  out.stats.components = static_cast<std::int64_t>(components.size());
  ShortestPathSolver solver(graph.row_count, graph.column_capacity);
  SparseView view(graph);
  for (const auto& component : components) solve_component(view, component, options, solver, out);
  out.stats.augmentations = solver.augmentations();
  return out;
}

BMatching solve_b_matching(const DenseScores& scores, const SolveOptions& options) {
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
  solve_component(view, all, options, solver, out);
  out.stats.augmentations = solver.augmentations();
  return out;
}

}  // namespace sb::mentoring
