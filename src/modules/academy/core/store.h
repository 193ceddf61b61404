// The academy's part of a unit of work: its modules and items, and the marks
// people make. academy(tx) hands it out; the contract suite holds every store to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/academy/core/model.h"

namespace sb {

class AcademyReads {
 public:
  virtual ~AcademyReads() = default;
  // By position.
  virtual std::vector<AcademyModule> academy_modules() = 0;
  // Every item, by module position and then item position.
  virtual std::vector<AcademyItem> academy_items() = 0;
  virtual std::optional<AcademyModule> find_academy_module(Id id) = 0;
  virtual std::optional<AcademyItem> find_academy_item(Id id) = 0;
  // The marks a person made, by item id.
  virtual std::vector<AcademyMark> academy_marks_of(Id user_id) = 0;
  // The school's teams by name with how many teachers (role leraar) each has.
  virtual std::vector<AcademyTeam> academy_teams_of_school(Id school_id) = 0;
  // Per team of the school and module: the done marks of the team's teachers.
  virtual std::vector<AcademyTeamDone> academy_done_by_team(Id school_id) = 0;
};

class AcademyWrites : public AcademyReads {
 public:
  // Placed after the last module; returns its id.
  virtual Result<Id> insert_academy_module(const AcademyModule& module) = 0;
  virtual Result<void> update_academy_module(const AcademyModule& module) = 0;
  // Placed after the module's last item; returns its id.
  virtual Result<Id> insert_academy_item(const AcademyItem& item) = 0;
  // Title, minutes, link, steps and updated_at.
  virtual Result<void> update_academy_item(const AcademyItem& item) = 0;
  // With everyone's marks on it.
  virtual Result<void> delete_academy_item(Id id) = 0;
  // Sets (or replaces) a person's mark on an item.
  virtual Result<void> put_academy_mark(Id user_id, const AcademyMark& mark) = 0;
  virtual Result<void> clear_academy_mark(Id user_id, Id item_id) = 0;
};

inline AcademyReads& academy(ReadTx& tx) { return tx.part<AcademyReads>(); }
inline AcademyWrites& academy(WriteTx& tx) { return tx.part<AcademyWrites>(); }

}  // namespace sb
