// The mentors' and mentees' spreadsheets as staff keep them, and the pairs
// spreadsheet the engine hands back.
//
// Column names are matched case-insensitively, with spaces, dashes and
// underscores treated alike, in Dutch or English (examples/mentoring/README.md
// lists them). A row with a bad value is reported with its line number, the
// column and the reason, in Dutch and English, and is left out of the pool:
// callers must refuse to pair when `errors` is not empty, so that nothing is
// ever dropped silently. Locks and forbidden pairs come from the mentees'
// sheet (columns vaste_mentor and niet_koppelen_met).
// Thread-safety: pure functions over strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/mentoring/core/bilingual.h"
#include "modules/mentoring/core/engine.h"
#include "modules/mentoring/core/model.h"

namespace sb::mentoring {

struct RowError {
  int line = 0;        // 1-based line in the file; the header is line 1
  std::string column;  // empty when the error is about the whole row or file
  BilingualText reason;
};

struct MentorsSheet {
  std::vector<Mentor> mentors;
  std::vector<RowError> errors;
};

struct MenteesSheet {
  std::vector<Mentee> mentees;
  std::vector<PairIds> locked;
  std::vector<PairIds> forbidden;
  std::vector<RowError> errors;
};

MentorsSheet read_mentors_csv(std::string_view text);
// The track a job title names ("Scrum master" -> expert), as the sheet's spoor column is derived; none when unclear.
std::optional<Track> track_of_role(std::string_view role);
MenteesSheet read_mentees_csv(std::string_view text);

// One line per pair (status "gekoppeld" or "vastgezet") with the score per
// criterion, then one line per unpaired person with the reason, in Dutch.
std::string write_pairs_csv(const Pool& pool, const MatchResult& result);

}  // namespace sb::mentoring
