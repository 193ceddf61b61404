// Baseline for the student-voice benchmark: the same answer rows the server
// writes (a response, four answers, the round's count), but each answer in a
// transaction of its own, committed with the server's settings (WAL,
// synchronous=FULL) — what the server would do without group commit. Runs on
// the voice module's own migration, for SECONDS, and prints one JSON line.
//   one_tx_per_answer MIGRATION.sql DATABASE SECONDS
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

void check(int code, sqlite3* db, const char* what) {
  if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: one_tx_per_answer MIGRATION.sql DATABASE SECONDS\n");
    return 2;
  }
  std::ifstream file(argv[1]);
  std::stringstream schema;
  schema << file.rdbuf();
  sqlite3* db = nullptr;
  check(sqlite3_open(argv[2], &db), db, "open");
  check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr), db, "pragmas");
  check(sqlite3_exec(db, schema.str().c_str(), nullptr, nullptr, nullptr), db, "schema");
  check(sqlite3_exec(db,
                     "INSERT INTO voice_rounds (id, school_id, team_id, owner_id, title, level, code, class_size, "
                     "min_answers, opened_at, closes_at, keep_until) VALUES (1, 1, 1, 1, 'Bench', 'vo', 'ACE3K79', "
                     "100000000, 5, 0, 9999999999, 9999999999)",
                     nullptr, nullptr, nullptr),
        db, "round");
  sqlite3_stmt* response = nullptr;
  sqlite3_stmt* answer = nullptr;
  sqlite3_stmt* count = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO voice_responses (round_id, device_hash) VALUES (1, ?)", -1, &response, nullptr);
  sqlite3_prepare_v2(db, "INSERT INTO voice_answers (response_id, question, value, text) VALUES (?, ?, ?, ?)", -1, &answer,
                     nullptr);
  sqlite3_prepare_v2(db, "UPDATE voice_rounds SET answers = answers + 1 WHERE id = 1", -1, &count, nullptr);

  const auto start = std::chrono::steady_clock::now();
  const auto end = start + std::chrono::seconds(std::stoi(argv[3]));
  long answers = 0;
  double worst_ms = 0;
  while (std::chrono::steady_clock::now() < end) {
    const auto began = std::chrono::steady_clock::now();
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
    const std::string hash = "device-hash-" + std::to_string(answers);
    sqlite3_bind_text(response, 1, hash.c_str(), -1, SQLITE_TRANSIENT);
    check(sqlite3_step(response), db, "response");
    sqlite3_reset(response);
    const auto id = sqlite3_last_insert_rowid(db);
    for (int q : {0, 1, 2, 6}) {
      sqlite3_bind_int64(answer, 1, id);
      sqlite3_bind_int(answer, 2, q);
      if (q == 6) {
        sqlite3_bind_null(answer, 3);
        sqlite3_bind_text(answer, 4, "Meer oefenen in tweetallen", -1, SQLITE_STATIC);
      } else {
        sqlite3_bind_int(answer, 3, 4);
        sqlite3_bind_null(answer, 4);
      }
      check(sqlite3_step(answer), db, "answer");
      sqlite3_reset(answer);
    }
    check(sqlite3_step(count), db, "count");
    sqlite3_reset(count);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    ++answers;
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();
    if (ms > worst_ms) worst_ms = ms;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"answers\": %ld, \"per_second\": %.0f, \"max_ms\": %.2f}\n", answers, answers / seconds, worst_ms);
  sqlite3_finalize(response);
  sqlite3_finalize(answer);
  sqlite3_finalize(count);
  sqlite3_close(db);
  return 0;
}
