// The voice module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (VoiceWrites) over the unit of work's connection.
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/voice/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlVoiceStore final : public VoiceWrites, Part {
 public:
  explicit SqlVoiceStore(Connection& connection) : Part(connection) {}

  std::vector<RhythmSignal> count_rounds_by_week(const RhythmQuery& query) override;

  std::optional<VoiceRound> find_round(Id round_id) override;
  std::optional<VoiceRound> open_round_with_code(std::string_view code, UnixTime now) override;
  std::vector<VoiceRound> rounds_of(Id owner_id, Id team_id) override;
  std::vector<VoiceRound> rounds_of_lesson_design(Id design_id) override;
  std::vector<VoiceRound> shared_rounds(Id school_id) override;
  std::vector<TeamRounds> rounds_per_team(Id school_id) override;
  std::vector<std::vector<Answer>> responses(Id round_id) override;

  Result<Id> insert_round(const VoiceRound& round) override;
  Result<void> close_round(Id round_id, UnixTime at) override;
  Result<void> delete_round(Id round_id) override;
  Result<void> set_shared(Id round_id, bool shared) override;
  Result<void> set_hidden_words(Id round_id, const std::vector<std::string>& words) override;
  Result<void> insert_response(Id round_id, std::string_view device_hash, const std::vector<Answer>& answers) override;
  Result<int> delete_rounds_kept_until(UnixTime now) override;

 private:
  std::vector<VoiceRound> rounds(Statement& query);
  void fill(VoiceRound& round);
};

}  // namespace sb::sql
