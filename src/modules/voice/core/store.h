// The voice module's part of a unit of work (kernel/ports/store.h): feedback
// rounds, their questions and their anonymous responses. voice(tx) hands it
// out; each store implementation (modules/voice/sql) implements it and the
// module's contract suite (modules/voice/contract) holds every one to it.
// A response is stored with the hash of its device token only — never a time,
// an address or a name.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "kernel/rhythm.h"
#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/voice/core/model.h"

namespace sb {

class VoiceReads {
 public:
  virtual ~VoiceReads() = default;
  // The round with its questions and its number of answers.
  virtual std::optional<VoiceRound> find_round(Id round_id) = 0;
  // The round that holds this code and is open at `now` (its code has not expired).
  virtual std::optional<VoiceRound> open_round_with_code(std::string_view code, UnixTime now) = 0;
  // A teacher's rounds in a team, the newest first.
  virtual std::vector<VoiceRound> rounds_of(Id owner_id, Id team_id) = 0;
  // The rounds about a lesson design (of every owner), the newest first.
  virtual std::vector<VoiceRound> rounds_of_lesson_design(Id design_id) = 0;
  // The rounds a school's teachers shared with its leaders, the newest first.
  virtual std::vector<VoiceRound> shared_rounds(Id school_id) = 0;
  // The number of rounds per team of a school (teams without rounds left out).
  virtual std::vector<TeamRounds> rounds_per_team(Id school_id) = 0;
  // Every response of a round: its answers, in no meaningful order.
  virtual std::vector<std::vector<Answer>> responses(Id round_id) = 0;
  // Rhythm signals (kernel/rhythm.h), counts only: feedback rounds opened ("voice_round") per team and week.
  virtual std::vector<RhythmSignal> count_rounds_by_week(const RhythmQuery& query) = 0;
};

class VoiceWrites : public VoiceReads {
 public:
  // Stores a new round (id, answers ignored) with its questions; answers its id.
  virtual Result<Id> insert_round(const VoiceRound& round) = 0;
  virtual Result<void> close_round(Id round_id, UnixTime at) = 0;
  // The round, its questions and every answer to it, gone.
  virtual Result<void> delete_round(Id round_id) = 0;
  virtual Result<void> set_shared(Id round_id, bool shared) = 0;
  virtual Result<void> set_hidden_words(Id round_id, const std::vector<std::string>& words) = 0;
  // One response of one device; already_exists when this device hash answered the round before.
  virtual Result<void> insert_response(Id round_id, std::string_view device_hash, const std::vector<Answer>& answers) = 0;
  // Deletes every round kept until `now` or earlier, with all its answers; answers how many.
  virtual Result<int> delete_rounds_kept_until(UnixTime now) = 0;
};

inline VoiceReads& voice(ReadTx& tx) { return tx.part<VoiceReads>(); }
inline VoiceWrites& voice(WriteTx& tx) { return tx.part<VoiceWrites>(); }

}  // namespace sb
