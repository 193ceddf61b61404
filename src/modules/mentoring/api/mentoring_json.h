// The bodies the mentoring routes take (the public form, mentors and mentees,
// programme staff), read into the module's input types. Each reader reads the
// whole body and refuses a field it does not know.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "modules/mentoring/core/applications.h"
#include "modules/mentoring/core/events.h"
#include "modules/mentoring/core/meetings.h"
#include "modules/mentoring/core/programme_model.h"
#include "modules/mentoring/core/rounds.h"
#include "server/api/json_io.h"

namespace sb::api {

// A change to an application through its personal link.
struct MentorApplicationChange {
  std::string token;
  MentorApplicationInput input;
};
// A meeting's number is clamped to -1..99, so core names the range.
struct NumberedMeetingPlan {
  int number = 0;
  MeetingPlan plan;
};
struct NumberedMeetingLog {
  int number = 0;
  MeetingLog log;
};
struct MeetingToBoard {
  int number = 0;
  Id team_id = 0;
};
struct PoolUpload {
  PoolSide side = PoolSide::mentors;
  std::string csv;
};
// A staff decision on a pair; no kind takes an earlier one back.
struct PairDecision {
  Id mentor_id = 0;
  Id mentee_id = 0;
  std::optional<MentoringDecisionKind> kind;
};
// A meeting's guide text; the number as sent (the answer repeats it).
struct GuideText {
  std::int64_t number = 0;
  std::string text;
};
// Whether a school takes part, its programme region, or both (at least one).
struct InspirationSchoolChange {
  Id school_id = 0;
  std::optional<bool> in_programme;
  std::optional<std::string> programme_region;
};

// "mentors" or "mentees" (the body's or the query's "side").
Result<PoolSide> parse_pool_side(std::string_view text);

Result<MentorApplicationInput> read_mentor_application(BodyReader& body);
Result<MentorApplicationChange> read_mentor_application_change(BodyReader& body);
// {"token": "..."}: an application's personal link.
Result<std::string> read_application_token(BodyReader& body);
Result<MenteeApplicationInput> read_mentee_application(BodyReader& body);
Result<NumberedMeetingPlan> read_meeting_plan(BodyReader& body);
Result<NumberedMeetingLog> read_meeting_log(BodyReader& body);
Result<MeetingToBoard> read_meeting_to_board(BodyReader& body);
Result<PoolUpload> read_pool_import(BodyReader& body);
Result<PairDecision> read_pair_decision(BodyReader& body);
Result<GuideText> read_guide_text(BodyReader& body);
Result<InspirationSchoolChange> read_inspiration_school(BodyReader& body);
Result<MentoringEventInput> read_mentoring_event(BodyReader& body);

}  // namespace sb::api
