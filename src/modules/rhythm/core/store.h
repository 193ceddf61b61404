// The rhythm module's part of a unit of work (kernel/ports/store.h): a
// bestuur's strategic goals, which strategic goal each ambition serves, and
// the school holidays staff added. rhythm(tx) hands it out; each store
// implementation (modules/rhythm/sqlite) implements it, and the module's
// contract suite (modules/rhythm/contract) holds every one to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/rhythm/core/model.h"

namespace sb {

class RhythmReads {
 public:
  virtual ~RhythmReads() = default;
  virtual std::optional<StrategicGoal> find_strategic_goal(Id id) = 0;
  // The bestuur's strategic goals, by school year and id.
  virtual std::vector<StrategicGoal> list_strategic_goals(Id bestuur_id) = 0;
  // (ambition id, strategic goal id) for every ambition linked to one of the bestuur's goals.
  virtual std::vector<std::pair<Id, Id>> list_ambition_links(Id bestuur_id) = 0;
  virtual std::optional<Id> strategic_goal_of_ambition(Id ambition_id) = 0;
  // Holidays staff added, by start date.
  virtual std::vector<Holiday> list_added_holidays() = 0;
  virtual std::optional<Holiday> find_added_holiday(Id id) = 0;
  // The teams of these schools with how many teachers (leraar memberships) each has, in no particular order:
  // what the views above the team need of the organisation, in one query for a whole bestuur; with each its data
  // version (kernel/ports/team_versions.h).
  virtual std::vector<TeamSize> list_team_sizes(const std::vector<Id>& school_ids) = 0;
};

class RhythmWrites : public RhythmReads {
 public:
  virtual Result<Id> insert_strategic_goal(const StrategicGoal& goal) = 0;
  // Names the version it was made on: conflict when it differs, not_found when the goal is gone.
  virtual Result<void> update_strategic_goal(const StrategicGoal& goal, std::int64_t expected_version) = 0;
  // Its ambitions lose the link.
  virtual Result<void> delete_strategic_goal(Id id, std::int64_t expected_version) = 0;
  // Links the ambition to the goal, or unlinks it (nullopt).
  virtual Result<void> set_ambition_link(Id ambition_id, std::optional<Id> strategic_goal_id) = 0;
  // A second holiday of the same region, start and name is already_exists.
  virtual Result<Id> insert_holiday(const Holiday& holiday, Id added_by, UnixTime added_at) = 0;
  virtual Result<void> delete_holiday(Id id) = 0;
};

inline RhythmReads& rhythm(ReadTx& tx) { return tx.part<RhythmReads>(); }
inline RhythmWrites& rhythm(WriteTx& tx) { return tx.part<RhythmWrites>(); }

}  // namespace sb
