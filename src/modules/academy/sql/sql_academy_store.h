// The academy's SQL store (on SQLite and PostgreSQL alike) (AcademyWrites) over the unit of work's connection.
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/academy/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlAcademyStore final : public AcademyWrites, Part {
 public:
  explicit SqlAcademyStore(Connection& connection) : Part(connection) {}

  std::vector<AcademyModule> academy_modules() override;
  std::vector<AcademyItem> academy_items() override;
  std::optional<AcademyModule> find_academy_module(Id id) override;
  std::optional<AcademyItem> find_academy_item(Id id) override;
  std::vector<AcademyMark> academy_marks_of(Id user_id) override;
  std::vector<AcademyTeam> academy_teams_of_school(Id school_id) override;
  std::vector<AcademyTeamDone> academy_done_by_team(Id school_id) override;
  Result<Id> insert_academy_module(const AcademyModule& module) override;
  Result<void> update_academy_module(const AcademyModule& module) override;
  Result<Id> insert_academy_item(const AcademyItem& item) override;
  Result<void> update_academy_item(const AcademyItem& item) override;
  Result<void> delete_academy_item(Id id) override;
  Result<void> put_academy_mark(Id user_id, const AcademyMark& mark) override;
  Result<void> clear_academy_mark(Id user_id, Id item_id) override;
};

}  // namespace sb::sql
