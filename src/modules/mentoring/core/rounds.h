// Use cases of a pairing round, for programme staff (Action::manage_mentoring).
//
// A run loads the stored pool (every open application and the staff's locks
// and forbids), hands it to the engine (engine.h: optimal, explained) and
// stores the result — pairs with their score and notes, unpaired people with
// their reason — in one unit of work. Staff review it page by page, lock or
// forbid pairs, run again (locks are kept, forbids respected), compare two
// runs and publish one (later runs keep published pairs locked and pair late
// applicants; a run older than the last published one cannot be published): its pairs become the programme's pairs and each is
// introduced by e-mail. Mentors get an account at publishing (a set-password
// link in the introduction), so they sign in like everyone else.
// The pool goes out and comes in as the CSV that `samenbeter match` reads.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/mentoring/core/engine.h"
#include "modules/mentoring/core/pool_csv.h"
#include "modules/mentoring/core/programme_model.h"

namespace sb {

struct MentoringPoolView {
  std::vector<MentorApplication> mentors;
  std::vector<MenteeApplication> mentees;
  std::vector<MentoringDecision> decisions;
};
Result<MentoringPoolView> mentoring_pool(Services& s, const Principal& who);

Result<MentoringRun> run_mentoring_engine(Services& s, const Principal& who);

// The engine's result over these applications as a run's rows (created_at/by left for the caller):
// pairs by application id with score and notes, unpaired people with the engine's reason.
struct MentoringRunRows {
  MentoringRun run;
  std::vector<MentoringRunPair> pairs;
  std::vector<MentoringUnpaired> unpaired;
};
MentoringRunRows rows_of_result(const std::vector<MentorApplication>& mentors,
                                const std::vector<MenteeApplication>& mentees, const mentoring::MatchResult& result);
Result<std::vector<MentoringRun>> mentoring_runs(Services& s, const Principal& who);

inline constexpr int kMentoringPageMax = 500;

struct MentoringRunPage {
  MentoringRun run;
  std::vector<MentoringRunPair> pairs;       // offset..offset+limit
  std::vector<MentoringUnpaired> unpaired;   // all of them
  std::vector<MentoringDecision> decisions;  // current, to show which pairs are locked
};
Result<MentoringRunPage> mentoring_run_page(Services& s, const Principal& who, Id run_id, int offset, int limit);

// Locks or forbids a pair of open applications; nullopt lifts the decision.
Result<void> decide_mentoring_pair(Services& s, const Principal& who, Id mentor_id, Id mentee_id,
                                   std::optional<MentoringDecisionKind> kind);

struct MentoringRunDiff {
  MentoringRun from;
  MentoringRun to;
  std::vector<MentoringRunPair> added;    // in `to`, not in `from`
  std::vector<MentoringRunPair> removed;  // in `from`, not in `to`
};
Result<MentoringRunDiff> diff_mentoring_runs(Services& s, const Principal& who, Id from_run, Id to_run);

// Publishes the run and mails each new pair its introduction; conflict when this run or a newer one is published.
Result<std::vector<MentoringPair>> publish_mentoring_run(Services& s, const Principal& who, Id run_id);

enum class PoolSide { mentors, mentees };
Result<std::string> export_mentoring_pool(Services& s, const Principal& who, PoolSide side);

struct PoolImport {
  int added = 0;
  int updated = 0;
  std::vector<mentoring::RowError> errors;  // nothing is stored when there are any
};
// Rows whose id is an open application's ("M12", "S34") update it; other rows are added.
Result<PoolImport> import_mentoring_pool(Services& s, const Principal& who, PoolSide side, std::string_view csv);

}  // namespace sb
