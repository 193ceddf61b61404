#include "storage/postgres/postgres_store.h"

#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <type_traits>

#include "kernel/ports/waiter.h"
#include "storage/sql/migration_runner.h"
#include "storage/sql/unit_of_work.h"

extern char** environ;

namespace sb::postgres {

// A queued unit of work, shared by the caller waiting for it (none for a
// background write) and the worker that runs it.
struct PostgresStore::Job {
  const std::function<Result<void>(ReadTx&)>* read = nullptr;
  const std::function<Result<void>(WriteTx&)>* write = nullptr;
  std::function<Result<void>(WriteTx&)> owned_write;  // a background write's
  Result<void> result;
  std::shared_ptr<Waiter> waiter;

  void finish(Result<void> outcome) {
    result = std::move(outcome);
    if (waiter) waiter->wake();
  }
};

namespace {

// Any number: the advisory lock that lets one process at a time migrate.
constexpr std::int64_t kMigrationLock = 7'212'640'001;

Result<void> ensure_migration_table(Connection& db) {
  return db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (module TEXT NOT NULL, version BIGINT NOT NULL, name TEXT NOT "
      "NULL, "
      "applied_at BIGINT NOT NULL DEFAULT (extract(epoch from now())::bigint), PRIMARY KEY (module, version))");
}

// The store's own record of committed write groups: each group inserts a random token in its transaction, so that
// after a COMMIT whose answer was lost the token says whether it committed. The transaction's id cannot: PostgreSQL
// hands out again the ids of transactions that a crash wiped out before their WAL reached the disk, so the id may
// name someone else's transaction by the time we ask. Only inserted while writing (no reads, so serializable
// writers never conflict on it); old tokens are deleted outside any serializable transaction.
Result<void> ensure_commit_table(Connection& db) {
  return db.exec(
      "CREATE TABLE IF NOT EXISTS store_commits (token TEXT PRIMARY KEY, "
      "at BIGINT NOT NULL DEFAULT (extract(epoch from now())::bigint))");
}

// A token no other group of any process draws: 128 random bits, in hex.
std::string new_commit_token() {
  thread_local std::mt19937_64 random{[] {
    std::random_device device;
    return (static_cast<std::uint64_t>(device()) << 32) ^ device();
  }()};
  char text[33];
  std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(random()),
                static_cast<unsigned long long>(random()));
  return text;
}

Result<std::vector<std::pair<std::string, int>>> apply_migrations(Connection& db,
                                                                  const std::vector<sql::Module>& modules) {
  SB_CHECK(db.exec("SELECT pg_advisory_lock(" + std::to_string(kMigrationLock) + ")"));
  Result<std::vector<std::pair<std::string, int>>> versions = std::unexpected(Error::internal(""));
  if (auto made = ensure_migration_table(db); !made) {
    versions = std::unexpected(made.error());
  } else if (auto commits = ensure_commit_table(db); !commits) {
    versions = std::unexpected(commits.error());
  } else {
    versions = sql::apply_pending_migrations(db, modules, {});
  }
  (void)db.exec("SELECT pg_advisory_unlock(" + std::to_string(kMigrationLock) + ")");
  return versions;
}

// Runs a unit of work's code; a statement that failed makes the unit fail, even when the code went on (an empty
// read, an error it handled): PostgreSQL has aborted the transaction, and its COMMIT would roll back without an
// error.
template <typename Tx>
Result<void> run_work(Connection& connection, const std::function<Result<void>(Tx&)>& work,
                      std::type_identity_t<Tx>& tx) {
  Result<void> result = ok();
  connection.set_in_unit(true);
  try {
    result = work(tx);
  } catch (const InterruptedUnit& interrupted) {
    result = std::unexpected(interrupted.error);
  } catch (...) {
    connection.set_in_unit(false);
    throw;
  }
  connection.set_in_unit(false);
  if (result && connection.failed()) {
    return std::unexpected(Error::internal("A statement of this unit of work failed; nothing of it was saved."));
  }
  return result;
}

// What a write gets that was not run, or rolled back whole, because the database went away: nothing of it is saved.
Error out_of_reach() {
  return {ErrorCode::unavailable, "The database cannot be reached; nothing was saved. Try again.", ""};
}

// A short random pause before a write runs again, so two writers that met do not meet again at once.
void back_off(int attempt) {
  thread_local std::minstd_rand random{std::random_device{}()};
  const int ceiling_us = std::min(50 * (1 << std::min(attempt, 6)), 5000);
  std::this_thread::sleep_for(std::chrono::microseconds(random() % static_cast<unsigned>(ceiling_us + 1)));
}

}  // namespace

Result<std::vector<std::pair<std::string, int>>> migrate_database(const std::string& conninfo,
                                                                  const std::vector<sql::Module>& modules) {
  SB_TRY(db, Connection::open(conninfo));
  return apply_migrations(*db, modules);
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const std::string& conninfo,
                                                           std::vector<sql::Module> modules, StoreOptions options) {
  if (auto versions = migrate_database(conninfo, modules); !versions) return std::unexpected(versions.error());
  return std::unique_ptr<PostgresStore>(new PostgresStore(conninfo, std::move(modules), options));
}

PostgresStore::PostgresStore(std::string conninfo, std::vector<sql::Module> modules, StoreOptions options)
    : conninfo_(std::move(conninfo)), modules_(std::move(modules)), options_(options) {
  options_.max_batch = std::max<std::size_t>(options_.max_batch, 1);
  for (std::size_t i = 0; i < std::max<std::size_t>(options_.connections, 1); ++i) {
    readers_.emplace_back([this] { reader_loop(); });
  }
  for (std::size_t i = 0; i < std::max<std::size_t>(options_.writers, 1); ++i) {
    writers_.emplace_back([this] { writer_loop(); });
  }
}

PostgresStore::~PostgresStore() {
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  reads_ready_.notify_all();
  writes_ready_.notify_all();
  for (auto& reader : readers_) reader.join();
  for (auto& writer : writers_) writer.join();
}

Result<std::unique_ptr<PostgresStore::Linked>> PostgresStore::link() {
  SB_TRY(connection, Connection::open(conninfo_));
  auto linked = std::make_unique<Linked>();
  linked->connection = std::move(connection);
  for (const auto& module : modules_) module.make_parts(*linked->connection, linked->parts);
  return linked;
}

std::vector<std::pair<std::string, int>> PostgresStore::schema_versions() {
  std::vector<std::pair<std::string, int>> out;
  auto db = Connection::open(conninfo_);
  if (!db) return out;
  for (const auto& module : modules_)
    out.emplace_back(std::string(module.name), sql::applied_version(**db, module.name));
  return out;
}

Result<void> PostgresStore::submit(std::shared_ptr<Job> job) {
  auto waiter = job->waiter;
  {
    std::lock_guard lock(queue_mutex_);
    if (stopping_) return std::unexpected(Error::internal("The store is shutting down."));
    (job->read ? reads_ : writes_).push_back(job);
  }
  (job->read ? reads_ready_ : writes_ready_).notify_one();
  if (!waiter) return ok();
  waiter->wait();
  return std::move(job->result);
}

Result<void> PostgresStore::read(const std::function<Result<void>(ReadTx&)>& work) {
  auto job = std::make_shared<Job>();
  job->read = &work;
  job->waiter = make_waiter();
  return submit(std::move(job));
}

Result<void> PostgresStore::write(const std::function<Result<void>(WriteTx&)>& work) {
  auto job = std::make_shared<Job>();
  job->write = &work;
  job->waiter = make_waiter();
  return submit(std::move(job));
}

void PostgresStore::write_in_background(std::function<Result<void>(WriteTx&)> work) {
  auto job = std::make_shared<Job>();
  job->owned_write = std::move(work);
  job->write = &job->owned_write;
  (void)submit(std::move(job));
}

void PostgresStore::reader_loop() {
  std::unique_ptr<Linked> db;
  for (;;) {
    std::shared_ptr<Job> job;
    {
      std::unique_lock lock(queue_mutex_);
      if (reads_.empty() && db && db->connection->has_deferred()) {
        // The last read's COMMIT: sent now, so no snapshot stays open while this thread waits.
        lock.unlock();
        (void)db->connection->flush();
        lock.lock();
      }
      reads_ready_.wait(lock, [&] { return stopping_ || !reads_.empty(); });
      if (reads_.empty()) return;
      job = std::move(reads_.front());
      reads_.pop_front();
    }
    // A connection whose server went away (PostgreSQL restarted) fails at its next read, which then runs once more
    // on a fresh connection, so a restart of the database costs nobody an error.
    Result<void> result = std::unexpected(Error::internal("Unit of work failed unexpectedly."));
    for (int run = 1; run <= 2; ++run) {
      if (!db || !db->connection->healthy()) {
        auto linked = link();
        if (!linked) {
          db.reset();
          result = std::unexpected(linked.error());
          break;
        }
        db = std::move(*linked);
      }
      try {
        result = run_read(*db, *job->read);
      } catch (const std::exception& e) {
        (void)db->connection->exec("ROLLBACK");
        result = std::unexpected(Error::internal(std::string("Unit of work failed: ") + e.what()));
      }
      if (result || db->connection->healthy()) break;
    }
    job->finish(std::move(result));
  }
}

Result<void> PostgresStore::run_read(Linked& db, const std::function<Result<void>(ReadTx&)>& work) {
  Connection& connection = *db.connection;
  connection.clear_failure();
  // BEGIN goes out with the read's first statement, COMMIT with the next read's (or before this thread waits): a
  // read costs its statements' round trips and no more.
  connection.defer("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  const auto waiting = connection.deferred_count();
  sql::UnitOfWork tx(db.parts);
  auto result = run_work(connection, work, tx);
  if (connection.deferred_count() == waiting) {
    connection.drop_last_deferred();  // no statement ran: there is no transaction to end
  } else if (result) {
    connection.defer("COMMIT");
  } else {
    (void)connection.exec("ROLLBACK");
  }
  return result;
}

void PostgresStore::writer_loop() {
  std::unique_ptr<Linked> db;
  for (std::uint64_t groups = 1;; ++groups) {
    Batch batch;
    {
      std::unique_lock lock(queue_mutex_);
      ++idle_writers_;
      writes_ready_.wait(lock, [&] { return stopping_ || !writes_.empty(); });
      // This writer's share of what is queued, so that the free writers commit side by side rather than one
      // taking everything while the others wait.
      const auto share = (writes_.size() + idle_writers_ - 1) / idle_writers_;
      --idle_writers_;
      // Drain what is queued even when stopping: every accepted write is run.
      if (writes_.empty()) return;
      while (!writes_.empty() && batch.size() < std::min(share, options_.max_batch)) {
        batch.push_back(std::move(writes_.front()));
        writes_.pop_front();
      }
      if (!writes_.empty()) writes_ready_.notify_one();  // another writer for the rest
    }
    auto outcomes = commit_batch(db, batch);
    for (std::size_t i = 0; i < batch.size(); ++i) batch[i]->finish(std::move(outcomes[i]));
    if (groups % 1024 == 0 && db && db->connection->healthy()) {
      // Tokens are asked about within 30 s of their commit; older ones only take room. Outside any transaction
      // (READ COMMITTED, no predicate locks), so the serializable writers never meet this delete.
      (void)db->connection->exec("DELETE FROM store_commits WHERE at < extract(epoch from now())::bigint - 600");
    }
  }
}

std::vector<Result<void>> PostgresStore::commit_batch(std::unique_ptr<Linked>& db, const Batch& batch) {
  std::vector<Result<void>> outcomes;
  for (int run = 1; run <= 2; ++run) {
    if (!db || !db->connection->healthy()) {
      auto linked = link();
      if (!linked) {
        db.reset();
        return std::vector<Result<void>>(batch.size(), std::unexpected(linked.error()));
      }
      db = std::move(*linked);
    }
    bool commit_sent = false;
    std::optional<Unsettled> unsettled;
    try {
      outcomes = run_batch(*db, batch, commit_sent, unsettled);
    } catch (const std::exception& e) {
      (void)db->connection->exec("ROLLBACK");
      outcomes.assign(batch.size(), std::unexpected(Error::internal(std::string("Unit of work failed: ") + e.what())));
    }
    if (unsettled) {
      // The database went away after COMMIT went out (killed, restarted). Whether the batch committed is in its
      // log; the writes are answered by that, never by a guess.
      auto done = committed(db, *unsettled);
      if (!done) return std::vector<Result<void>>(batch.size(), std::unexpected(done.error()));
      if (*done) {
        for (auto& hook : unsettled->hooks) hook();
        return std::move(unsettled->outcomes);
      }
      continue;  // rolled back: nothing of it is saved, so it runs once more
    }
    // Run again only when the server went away before COMMIT: then nothing of the batch can have been committed.
    if (commit_sent || db->connection->healthy()) break;
  }
  return outcomes;
}

std::optional<bool> settled_outcome(Connection& db, const std::string& transaction, const std::string& token) {
  if (!db.healthy()) return std::nullopt;
  db.clear_failure();
  auto status = db.prepare("SELECT pg_xact_status(CAST(? AS xid8))");
  status.bind(1, transaction);
  // "in progress": the old connection's backend may not have noticed yet that its client is gone (or a crash wiped the
  // transaction out and its id went to another, still running): ask again in a moment. Any other answer, or an id
  // "in the future" (wiped out, not handed out again yet), means the group's own transaction is over either way.
  if (status.step() && status.text(0) == "in progress") return std::nullopt;
  if (!db.healthy()) return std::nullopt;
  db.clear_failure();
  auto recorded = db.prepare("SELECT 1 FROM store_commits WHERE token = ?");
  recorded.bind(1, token);
  if (recorded.step()) return true;
  if (db.failed() || !db.healthy()) return std::nullopt;
  return false;
}

Result<bool> PostgresStore::committed(std::unique_ptr<Linked>& db, const Unsettled& unsettled) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::seconds(30);
  std::optional<Clock::time_point> out_of_reach_since;
  while (Clock::now() < deadline) {
    if (!db || !db->connection->healthy()) {
      auto linked = link();
      if (linked) {
        db = std::move(*linked);
      } else {
        db.reset();
      }
    }
    if (db) {
      out_of_reach_since.reset();
      if (auto outcome = settled_outcome(*db->connection, unsettled.transaction, unsettled.token)) return *outcome;
    } else if (!out_of_reach_since) {
      out_of_reach_since = Clock::now();
    } else if (Clock::now() - *out_of_reach_since >= std::chrono::seconds(1)) {
      // PostgreSQL is down, not merely slow to notice the lost connection: what queued behind this group would
      // otherwise wait with it for up to 30 s, and then most likely fail all the same.
      refuse_waiting_writes(out_of_reach());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return std::unexpected(
      Error{ErrorCode::unavailable, "The database cannot be reached; whether the change was saved is not known.", ""});
}

void PostgresStore::refuse_waiting_writes(const Error& error) {
  std::vector<std::shared_ptr<Job>> refused;
  {
    std::lock_guard lock(queue_mutex_);
    std::deque<std::shared_ptr<Job>> kept;
    for (auto& job : writes_) {
      if (job->waiter) {
        refused.push_back(std::move(job));
      } else {
        kept.push_back(std::move(job));
      }
    }
    writes_ = std::move(kept);
  }
  for (auto& job : refused) job->finish(std::unexpected(error));
}

std::vector<Result<void>> PostgresStore::run_batch(Linked& db, const Batch& batch, bool& commit_sent,
                                                   std::optional<Unsettled>& unsettled) {
  Connection& connection = *db.connection;
  const bool alone = batch.size() == 1;  // no savepoint needed: its failure rolls back the transaction
  const auto everyone = [&](const Error& error) { return std::vector<Result<void>>(batch.size(), std::unexpected(error)); };
  for (int attempt = 1;; ++attempt) {
    commit_sent = false;
    std::vector<Result<void>> outcomes;
    std::vector<std::function<void()>> hooks;
    bool lost = false;  // the transaction as a whole failed: retry it, or fail every write in it
    Error lost_with = out_of_reach();
    connection.clear_failure();
    const auto step = [&](std::string_view statement) {
      auto done = connection.exec(statement);
      if (!done) {
        lost = true;
        lost_with = done.error();
      }
      return !lost;
    };
    // BEGIN, SAVEPOINT and RELEASE go out with the statement after them (Connection::defer): a failure among them
    // shows there, as the unit's failure or the connection's.
    connection.defer("BEGIN ISOLATION LEVEL SERIALIZABLE");
    for (const auto& job : batch) {
      if (lost) break;
      if (!alone) connection.defer("SAVEPOINT unit");
      connection.clear_failure();
      sql::UnitOfWork tx(db.parts);
      Result<void> result = ok();
      try {
        result = run_work(connection, *job->write, tx);
      } catch (const std::exception& e) {
        result = std::unexpected(Error::internal(std::string("Unit of work failed: ") + e.what()));
      }
      // Belt and braces: PostgreSQL answers COMMIT of an aborted transaction with a rollback, not an error.
      if (result && PQtransactionStatus(connection.handle()) == PQTRANS_INERROR) {
        result = std::unexpected(Error::internal("A statement of this change failed, so none of it was saved."));
      }
      if (connection.retryable_failure() || !connection.healthy()) {
        lost = true;
        break;
      }
      if (result) {
        for (auto& hook : tx.take_hooks()) hooks.push_back(std::move(hook));
        if (!alone) connection.defer("RELEASE SAVEPOINT unit");
      } else if (!alone) {
        step("ROLLBACK TO SAVEPOINT unit");
      }
      outcomes.push_back(std::move(result));
    }
    const bool anything_to_commit = std::any_of(outcomes.begin(), outcomes.end(), [](auto& r) { return r.has_value(); });
    if (!lost && !anything_to_commit) {
      (void)connection.exec("ROLLBACK");
      return outcomes;
    }
    // Should the connection die with COMMIT under way: the group's token, committed with it, and the transaction's id,
    // to wait while it may still be under way (settled_outcome). The token's INSERT rides along with the SELECT.
    std::string transaction;
    std::string token;
    if (!lost) {
      token = new_commit_token();
      connection.defer("INSERT INTO store_commits (token) VALUES ('" + token + "')");
      if (auto q = connection.prepare("SELECT CAST(pg_current_xact_id() AS TEXT)"); q.step()) transaction = q.text(0);
      if (transaction.empty()) lost = true;
    }
    if (!lost) {
      commit_sent = true;
      if (auto committed = connection.exec("COMMIT"); committed) {
        for (auto& hook : hooks) hook();
        return outcomes;
      } else if (!connection.healthy()) {
        unsettled = Unsettled{std::move(transaction), std::move(token), std::move(outcomes), std::move(hooks)};
        return everyone(committed.error());
      } else if (!connection.retryable_failure()) {
        return everyone(committed.error());
      }
      commit_sent = false;  // a serialization failure at COMMIT rolled everything back
    } else {
      (void)connection.exec("ROLLBACK");
      if (!connection.healthy() || !connection.retryable_failure()) return everyone(lost_with);
    }
    if (attempt >= options_.attempts) {
      return everyone(Error{ErrorCode::unavailable, "Too many changes at once; nothing was saved. Try again.", ""});
    }
    back_off(attempt);
  }
}

bool is_postgres_url(const std::string& database) {
  return database.starts_with("postgresql://") || database.starts_with("postgres://");
}

Result<void> backup_database(const std::string& conninfo, const std::string& destination) {
  std::vector<std::string> arguments{"pg_dump", "--format=custom", "--file=" + destination, "--dbname=" + conninfo};
  std::vector<char*> argv;
  for (auto& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, "pg_dump", nullptr, nullptr, argv.data(), environ) != 0) {
    return std::unexpected(Error::internal("Cannot run pg_dump: is the PostgreSQL client installed?"));
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return std::unexpected(Error::internal("pg_dump failed; see its message above."));
  }
  return ok();
}

}  // namespace sb::postgres
