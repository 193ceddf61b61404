// The measurements module's part of a unit of work (kernel/ports/store.h):
// questionnaires, rounds with their teams, the open single-use links, the list
// of used links and the answer counts. measurements(tx) hands it out; each
// store implementation (modules/measurements/sqlite) implements it and the
// module's contract suite (modules/measurements/contract) holds every one to it.
// Anonymity lives here: an open link is stored as the hash of its token with
// its round and team only (no person); answering deletes it, puts the hash in
// a used list that holds nothing else, and adds one to the counts of its round,
// team, statement and point — no answer row, no time, nothing to join on.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/measurements/core/model.h"

namespace sb {

// Where an open link leads: its round and team.
struct OpenMeasurementLink {
  Id round_id = 0;
  Id team_id = 0;
};

class MeasurementReads {
 public:
  virtual ~MeasurementReads() = default;
  virtual std::vector<Questionnaire> list_questionnaires() = 0;
  virtual std::optional<Questionnaire> find_questionnaire(Id questionnaire_id) = 0;
  // The round with its teams and their counts of invited and answered people.
  virtual std::optional<MeasurementRound> find_round(Id round_id) = 0;
  // A school's rounds, the newest first.
  virtual std::vector<MeasurementRound> rounds_of_school(Id school_id) = 0;
  // The answer counts of every team of a round (a team without answers has all zeros).
  virtual std::vector<TeamCounts> team_counts(Id round_id) = 0;
  // The counts of all teams of a round summed, per statement (by position); empty without answers.
  virtual std::vector<PointCounts> summed_counts(Id round_id) = 0;
  // The open link with this token hash, if it was never used.
  virtual std::optional<OpenMeasurementLink> find_open_link(std::string_view token_hash) = 0;
  // Whether this token hash is in the used list.
  virtual bool link_was_used(std::string_view token_hash) = 0;
  // How many links of a round are still open (never used).
  virtual int count_open_links(Id round_id) = 0;
};

class MeasurementWrites : public MeasurementReads {
 public:
  // Stores a questionnaire with its statements; answers its id.
  virtual Result<Id> insert_questionnaire(const Questionnaire& questionnaire) = 0;
  // Stores a round with its teams (answered ignored); answers its id.
  virtual Result<Id> insert_round(const MeasurementRound& round) = 0;
  // One single-use link of a round's team, by the hash of its token.
  virtual Result<void> insert_link(Id round_id, Id team_id, std::string_view token_hash) = 0;
  // One person's answers through the open link with this hash: the link is deleted, its hash goes to the used
  // list, and the counts of its round and team grow by one per statement. not_found for no open link.
  virtual Result<OpenMeasurementLink> record_answers(std::string_view token_hash, const MeasurementAnswers& answers) = 0;
  // Closes a round: from `at` on none of its links works.
  virtual Result<void> close_round(Id round_id, UnixTime at) = 0;
  virtual Result<void> set_released(Id round_id, bool released) = 0;
};

inline MeasurementReads& measurements(ReadTx& tx) { return tx.part<MeasurementReads>(); }
inline MeasurementWrites& measurements(WriteTx& tx) { return tx.part<MeasurementWrites>(); }

}  // namespace sb
