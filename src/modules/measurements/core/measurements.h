// Use cases of metingen. Programme staff write questionnaires; programme staff
// or a school's leader open a round for chosen teams, which mails every team
// member one single-use link; staff answer through their link without signing
// in, anonymously (see store.h); results show per team, school and bestuur
// from five answers (rules.h). Staff see everything, a school leader their
// school, a bestuurder their schools, teachers their school's released rounds;
// nobody ever sees a person's answers.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/organisation/core/model.h"
#include "modules/measurements/core/rules.h"

namespace sb {

// Where a round lives (its school), for the router's gate.
Result<Scope> scope_of_measurement_round(ReadTx& tx, Id round_id);

Result<std::vector<Questionnaire>> list_questionnaires(Services& s, const Principal& who);
Result<Questionnaire> get_questionnaire(Services& s, const Principal& who, Id questionnaire_id);
Result<Questionnaire> create_questionnaire(Services& s, const Principal& who, const NewQuestionnaire& input);

// The schools programme staff may open rounds for: every school, with its number of rounds.
struct MeasurementSchool {
  Id id = 0;
  std::string name;
  int rounds = 0;
};
Result<std::vector<MeasurementSchool>> measurement_schools(Services& s, const Principal& who);

// Opens a round and mails each invited person their link after the commit. A person in two chosen teams is
// invited once, with the first.
Result<MeasurementRound> open_measurement_round(Services& s, const Principal& who, Id school_id,
                                                const NewMeasurementRound& input);
Result<MeasurementRound> close_measurement_round(Services& s, const Principal& who, Id round_id);
Result<MeasurementRound> release_measurement_round(Services& s, const Principal& who, Id round_id, bool released);

struct TeamMeasurement {
  Id team_id = 0;
  std::string team_name;
  int invited = 0;
  GroupResult result;
};
struct MeasurementRoundView {
  MeasurementRound round;
  Questionnaire questionnaire;
  std::vector<TeamMeasurement> teams;
  GroupResult school;
  int open_links = 0;
  bool may_run = false;  // the caller may close and release it
};
// not_found for a teacher when the round is not released.
Result<MeasurementRoundView> view_measurement_round(Services& s, const Principal& who, Id round_id);

// Baseline against follow-up for one group: each side's result (hidden below the minimum).
struct MeasurementTrendRow {
  Id id = 0;
  std::string name;
  GroupResult baseline;
  GroupResult follow_up;
};
struct SchoolMeasurements {
  std::string school_name;
  std::vector<MeasurementRound> rounds;  // newest first; a teacher sees the released ones only
  std::optional<Id> baseline_round_id;   // the latest of each kind the trend compares
  std::optional<Id> follow_up_round_id;
  std::vector<MeasurementTrendRow> teams;
  MeasurementTrendRow school;
  bool may_run = false;  // the caller may open rounds here
  std::vector<Team> school_teams;  // the teams a new round may choose from, for whoever may_run
};
Result<SchoolMeasurements> school_measurements(Services& s, const Principal& who, Id school_id);

struct BestuurMeasurements {
  std::string bestuur_name;
  std::vector<MeasurementTrendRow> schools;
  MeasurementTrendRow bestuur;
};
Result<BestuurMeasurements> bestuur_measurements(Services& s, const Principal& who, Id bestuur_id);
// The read behind bestuur_measurements, inside the caller's unit of work and without its access check
// (bench/measurements times it).
BestuurMeasurements read_bestuur_measurements(ReadTx& tx, Id bestuur_id);

// The public answer page. What a link shows: the round and its statements, nothing about the person.
struct MeasurementLinkView {
  std::string school_name;
  std::string round_title;
  MeasurementKind kind = MeasurementKind::baseline;
  Questionnaire questionnaire;
};
Result<MeasurementLinkView> open_measurement_link(Services& s, std::string_view token);
// One person's answers through their link; the link works once (already_exists after).
Result<void> answer_measurement(Services& s, std::string_view token, const MeasurementAnswers& answers);

}  // namespace sb
