// The measurements module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (MeasurementWrites) over the unit of work's connection.
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/measurements/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlMeasurementStore final : public MeasurementWrites, Part {
 public:
  explicit SqlMeasurementStore(Connection& connection) : Part(connection) {}

  std::vector<Questionnaire> list_questionnaires() override;
  std::optional<Questionnaire> find_questionnaire(Id questionnaire_id) override;
  std::optional<MeasurementRound> find_round(Id round_id) override;
  std::vector<MeasurementRound> rounds_of_school(Id school_id) override;
  std::vector<TeamCounts> team_counts(Id round_id) override;
  std::vector<PointCounts> summed_counts(Id round_id) override;
  std::optional<OpenMeasurementLink> find_open_link(std::string_view token_hash) override;
  bool link_was_used(std::string_view token_hash) override;
  int count_open_links(Id round_id) override;

  Result<Id> insert_questionnaire(const Questionnaire& questionnaire) override;
  Result<Id> insert_round(const MeasurementRound& round) override;
  Result<void> insert_link(Id round_id, Id team_id, std::string_view token_hash) override;
  Result<OpenMeasurementLink> record_answers(std::string_view token_hash, const MeasurementAnswers& answers) override;
  Result<void> close_round(Id round_id, UnixTime at) override;
  Result<void> set_released(Id round_id, bool released) override;

 private:
  std::vector<MeasurementRound> rounds(Statement& query);
  void fill_statements(Questionnaire& questionnaire);
};

}  // namespace sb::sql
