// UnitOfWork: the ReadTx/WriteTx of a SQL store (SQLite or PostgreSQL), one object per unit of
// work over one connection and that connection's module parts. The store opens
// and ends the transaction around it; the parts run the queries.
// Thread-safety: single-threaded.
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "kernel/ports/store.h"
#include "storage/sql/module.h"

namespace sb::sql {

class UnitOfWork final : public WriteTx {
 public:
  explicit UnitOfWork(const Parts& parts) : parts_(parts) {}

  void after_commit(std::function<void()> then) override { committed_hooks_.push_back(std::move(then)); }

  // For the store: hooks of a rolled-back unit of work are dropped, the rest run after COMMIT.
  std::size_t hook_count() const { return committed_hooks_.size(); }
  void drop_hooks_from(std::size_t count) { committed_hooks_.resize(count); }
  std::vector<std::function<void()>> take_hooks() { return std::exchange(committed_hooks_, {}); }

 protected:
  void* find_part(const std::type_info& type) override { return parts_.find(type); }

 private:
  const Parts& parts_;
  std::vector<std::function<void()>> committed_hooks_;
};

}  // namespace sb::sql
