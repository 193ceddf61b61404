// The programmes module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (ProgrammeWrites) over the unit of work's connection. Made once per
// connection by programmes_sql().
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/programmes/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlProgrammesStore final : public ProgrammeWrites, Part {
 public:
  explicit SqlProgrammesStore(Connection& connection) : Part(connection) {}

  std::vector<Programme> list_programmes() override;
  std::optional<Programme> find_programme(Id id) override;
  std::vector<ProgrammeRound> list_rounds(Id programme_id) override;
  std::optional<ProgrammeRound> find_round(Id id) override;
  std::optional<Id> round_of_session(Id session_id) override;
  std::vector<Enrolment> list_enrolments(Id round_id) override;
  std::optional<Enrolment> find_enrolment(Id id) override;
  std::vector<Enrolment> list_enrolments_of_user(Id user_id) override;
  std::vector<Enrolment> list_enrolments_by(Id enrolled_by) override;
  std::optional<Enrolment> find_enrolment_by_invitation(Id invitation_id) override;
  std::vector<Enrolment> list_held_enrolments() override;
  std::map<Id, int> count_placed(Id round_id) override;
  bool is_enrolled(Id round_id, Id user_id) override;
  bool has_expired_hold(Id round_id, UnixTime now) override;
  std::vector<Attendance> list_attendance(Id round_id) override;
  std::vector<HoursEntry> list_hours(Id round_id) override;
  std::vector<std::pair<Id, int>> list_project_groups(Id round_id) override;

  Result<Id> insert_programme(const Programme& programme) override;
  Result<void> update_programme(const Programme& programme) override;
  Result<Id> insert_round(const ProgrammeRound& round) override;
  Result<void> update_round(const ProgrammeRound& round) override;
  Result<Id> insert_enrolment(const Enrolment& enrolment) override;
  Result<void> update_enrolment(const Enrolment& enrolment) override;
  Result<void> set_attendance(const Attendance& attendance) override;
  Result<Id> insert_hours(const HoursEntry& entry) override;
  Result<void> replace_project_groups(Id round_id, const std::vector<std::vector<Id>>& groups) override;

 private:
  Programme read_lists(Programme programme);
  ProgrammeRound read_round_lists(ProgrammeRound round);
  Result<void> write_lists(const Programme& programme);
  // Enrolments by a whole query (a string literal: see the .cpp) with one id to bind.
  std::vector<Enrolment> enrolments_where(const char* sql, Id id);
  Result<Id> insert_session(Id round_id, const ProgrammeSession& session, std::optional<Id> group_id);
};

}  // namespace sb::sql
