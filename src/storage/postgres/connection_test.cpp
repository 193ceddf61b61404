// Deferred statements (Connection::defer): they go out with the next statement, in its round trip, and take effect
// before it; a failure among them is that statement's failure, and the connection stays usable afterwards.
// Skipped without SAMENBETER_TEST_POSTGRES.
#include "storage/postgres/connection.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <memory>
#include <sstream>
#include <thread>

#include "storage/postgres/test_store.h"

namespace sb::postgres {
namespace {

std::unique_ptr<Connection> open_test_connection() {
  auto db = Connection::open(*test_database());
  EXPECT_TRUE(db.has_value());
  return db ? std::move(*db) : nullptr;
}

std::string transaction_state(Connection& db) {
  auto q = db.prepare("SELECT current_setting('transaction_isolation')");
  return q.step() ? q.text(0) : "";
}

// What PostgreSQL says when it runs out of room or goes away reaches the client as 503 (unavailable) with a plain
// message, never as a 500 or with libpq's words.
TEST(PostgresErrors, FullDiskLackOfResourcesAndAGoneDatabaseAreUnavailable) {
  EXPECT_EQ(error_from("53100", "could not extend file \"base/5/16384\": No space left on device").code,
            ErrorCode::unavailable);
  EXPECT_EQ(error_from("53100", "could not extend file").message, Error::storage_full().message);
  for (const char* state : {"53000", "53200", "53300", "53400", "08006", "57P01", "57P02", "57P03"}) {
    const auto error = error_from(state, "detail for the log");
    EXPECT_EQ(error.code, ErrorCode::unavailable) << state;
    EXPECT_EQ(error.message.find("detail"), std::string::npos) << state;
  }
  EXPECT_EQ(error_from("23505", "duplicate key").code, ErrorCode::already_exists);
  EXPECT_EQ(error_from("58030", "could not read block").code, ErrorCode::internal);
}

TEST(PostgresErrors, ADatabaseThatCannotBeReachedIsUnavailableWithoutLibpqsWords) {
  auto db = Connection::open("host=/nonexistent-socket-folder port=5999 user=postgres dbname=postgres connect_timeout=2");
  ASSERT_FALSE(db.has_value());
  EXPECT_EQ(db.error().code, ErrorCode::unavailable);
  EXPECT_EQ(db.error().message.find("nonexistent-socket-folder"), std::string::npos);
}

// While the database is down, every attempt finds out; the log says so once a second, not once an attempt.
TEST(PostgresErrors, ADatabaseOutOfReachIsLoggedOnceASecondNotOnceAnAttempt) {
  std::ostringstream captured;
  auto previous = spdlog::default_logger();
  spdlog::set_default_logger(
      std::make_shared<spdlog::logger>("captured", std::make_shared<spdlog::sinks::ostream_sink_mt>(captured)));
  const auto count_reports = [&] {
    const std::string text = captured.str();
    std::size_t reports = 0;
    for (auto at = text.find("cannot be reached"); at != std::string::npos; at = text.find("cannot be reached", at + 1))
      ++reports;
    return reports;
  };
  const char* nowhere = "host=/nonexistent-socket-folder port=5999 user=postgres dbname=postgres connect_timeout=2";
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // past any report of an earlier test
  for (int attempt = 0; attempt < 20; ++attempt) EXPECT_FALSE(Connection::open(nowhere).has_value());
  const auto within_a_second = count_reports();
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  EXPECT_FALSE(Connection::open(nowhere).has_value());
  spdlog::set_default_logger(previous);
  EXPECT_EQ(within_a_second, 1u) << captured.str();
  EXPECT_EQ(count_reports(), 2u) << captured.str();
  EXPECT_NE(captured.str().find("more times since the last report"), std::string::npos) << captured.str();
}

// A database host that takes the connection but never answers (a network cut, a hung machine): connecting gives up
// after 5 s, where libpq by itself would wait without end.
TEST(PostgresErrors, ADatabaseThatNeverAnswersIsGivenUpAfterFiveSeconds) {
  const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(silent, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ASSERT_EQ(::bind(silent, reinterpret_cast<sockaddr*>(&address), length), 0);
  ASSERT_EQ(::listen(silent, 4), 0);  // the kernel completes the handshake; nobody ever answers
  ASSERT_EQ(::getsockname(silent, reinterpret_cast<sockaddr*>(&address), &length), 0);
  const std::string conninfo =
      "host=127.0.0.1 port=" + std::to_string(ntohs(address.sin_port)) + " user=postgres dbname=postgres";
  // On a thread of its own, left behind should it never return (a std::async future would wait for it).
  std::packaged_task<std::pair<ErrorCode, std::chrono::steady_clock::duration>()> connect([conninfo] {
    const auto started = std::chrono::steady_clock::now();
    auto db = Connection::open(conninfo);
    return std::make_pair(db.has_value() ? ErrorCode::internal : db.error().code,
                          std::chrono::steady_clock::now() - started);
  });
  auto attempt = connect.get_future();
  std::thread(std::move(connect)).detach();
  if (attempt.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
    ::close(silent);
    FAIL() << "still waiting for the silent database after 20 s";
  }
  const auto [code, waited] = attempt.get();
  ::close(silent);
  EXPECT_EQ(code, ErrorCode::unavailable);
  EXPECT_GE(waited, std::chrono::seconds(4));
  EXPECT_LT(waited, std::chrono::seconds(10));
}

TEST(PostgresDeferred, StatementsGoOutWithTheNextOneAndTakeEffectBeforeIt) {
  if (!test_database()) GTEST_SKIP() << "no PostgreSQL: set SAMENBETER_TEST_POSTGRES";
  auto db = open_test_connection();
  EXPECT_EQ(transaction_state(*db), "read committed");  // prepared now, so the next run goes in a pipeline
  db->defer("BEGIN ISOLATION LEVEL SERIALIZABLE");
  EXPECT_EQ(PQtransactionStatus(db->handle()), PQTRANS_IDLE);  // not sent yet
  EXPECT_EQ(transaction_state(*db), "serializable");
  EXPECT_FALSE(db->has_deferred());
  EXPECT_EQ(PQtransactionStatus(db->handle()), PQTRANS_INTRANS);
  db->defer("COMMIT");
  ASSERT_TRUE(db->flush());
  EXPECT_EQ(PQtransactionStatus(db->handle()), PQTRANS_IDLE);
  EXPECT_EQ(transaction_state(*db), "read committed");  // the default again, outside a transaction
}

TEST(PostgresDeferred, AFailedDeferredStatementIsTheNextStatementsFailure) {
  if (!test_database()) GTEST_SKIP() << "no PostgreSQL: set SAMENBETER_TEST_POSTGRES";
  auto db = open_test_connection();
  const auto select_one = [&] {
    auto q = db->prepare("SELECT 1");
    const bool row = q.step();
    EXPECT_EQ(row, q.run().has_value());
    return row && q.integer(0) == 1;
  };
  EXPECT_TRUE(select_one());  // prepared now: from here on it goes in a pipeline with what is deferred
  for (bool prepared : {true, false}) {
    db->defer("RELEASE SAVEPOINT nowhere");  // outside a transaction: an error
    if (prepared) {
      EXPECT_FALSE(select_one());
    } else {
      auto q = db->prepare("SELECT 2");  // first use: prepared after the deferred went out
      EXPECT_FALSE(q.step());
      EXPECT_FALSE(q.run().has_value());
    }
    EXPECT_TRUE(db->failed());
    EXPECT_TRUE(db->healthy());
    db->clear_failure();
    // The connection goes on as before.
    db->defer("BEGIN");
    EXPECT_TRUE(select_one());
    EXPECT_EQ(PQtransactionStatus(db->handle()), PQTRANS_INTRANS);
    ASSERT_TRUE(db->exec("ROLLBACK"));
    EXPECT_EQ(PQtransactionStatus(db->handle()), PQTRANS_IDLE);
  }
}

TEST(PostgresDeferred, AStatementTakenBackIsNeverSent) {
  if (!test_database()) GTEST_SKIP() << "no PostgreSQL: set SAMENBETER_TEST_POSTGRES";
  auto db = open_test_connection();
  db->defer("BEGIN");
  EXPECT_EQ(db->deferred_count(), 1u);
  db->drop_last_deferred();
  ASSERT_TRUE(db->flush());
  EXPECT_EQ(PQtransactionStatus(db->handle()), PQTRANS_IDLE);
}

}  // namespace
}  // namespace sb::postgres
