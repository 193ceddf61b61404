// Store: the durable state of SamenBeter behind one interface, so no core
// sees SQL and a second implementation (PostgreSQL) can follow by passing the
// same contract suites (storage/contract and each module's contract/).
//
// Work happens in units: read() runs a function against a consistent snapshot;
// write() runs a function inside one transaction and returns only when that
// transaction is durable. A write function that returns an error has all its
// changes undone, and nothing else. Implementations may batch several callers'
// write functions into one commit (group commit), so a write function must be
// short and must not block (no password hashing, no network).
//
// Thread-safety: Store is thread-safe; a ReadTx/WriteTx belongs to the one
// call that received it and must not escape it.
#pragma once

#include <cassert>
#include <functional>
#include <optional>
#include <typeinfo>

#include "kernel/error.h"

namespace sb {

// A unit of work: each module's part of it (the module's store interface,
// e.g. BoardReads) is handed out by part<Part>(), usually through a function
// of the module (board(tx), organisation(tx)). One unit of work spans every
// module, so a use case that changes two modules changes both or neither.
class ReadTx {
 public:
  virtual ~ReadTx() = default;

  template <class Part>
  Part& part() {
    void* found = find_part(typeid(Part));
    assert(found && "this module's store is not part of the store");
    return *static_cast<Part*>(found);
  }

  // The part registered for that interface, or null when no module of this store brings one: for a port that
  // one module implements and others call (kernel/ports/team_versions.h).
  template <class Part>
  Part* find() {
    return static_cast<Part*>(find_part(typeid(Part)));
  }

 protected:
  // The part registered for that interface type, or null.
  virtual void* find_part(const std::type_info& type) = 0;
};

class WriteTx : public ReadTx {
 public:
  // Runs `then` once this unit of work is committed (never when it is rolled
  // back), on the store's writer, in commit order: events published from here
  // reach listeners in the order their changes were made. Must be quick.
  virtual void after_commit(std::function<void()> then) = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual Result<void> read(const std::function<Result<void>(ReadTx&)>& work) = 0;
  virtual Result<void> write(const std::function<Result<void>(WriteTx&)>& work) = 0;
  // Queues bookkeeping whose loss in a crash harms nobody (a session's
  // last-seen time, an audit line of a refused request) and returns at once,
  // so a read request never waits for a commit. Failures are logged only.
  virtual void write_in_background(std::function<Result<void>(WriteTx&)> work) = 0;
};

// Typed helpers: run `work` and hand back the value it returns.
template <typename T>
Result<T> read_value(Store& store, const std::function<Result<T>(ReadTx&)>& work) {
  std::optional<Result<T>> out;
  auto status = store.read([&](ReadTx& tx) -> Result<void> {
    out.emplace(work(tx));
    if (!*out) return std::unexpected(out->error());
    return ok();
  });
  if (!status) return std::unexpected(status.error());
  return std::move(*out);
}

template <typename T>
Result<T> write_value(Store& store, const std::function<Result<T>(WriteTx&)>& work) {
  std::optional<Result<T>> out;
  auto status = store.write([&](WriteTx& tx) -> Result<void> {
    out.emplace(work(tx));
    if (!*out) return std::unexpected(out->error());
    return ok();
  });
  if (!status) return std::unexpected(status.error());
  return std::move(*out);
}

}  // namespace sb
