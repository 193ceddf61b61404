// The bodies the trajectory routes take (the school's trajectory, tariffs and
// quotes, coach visits, meetings), read into the module's input types. Each
// reader reads the whole body and refuses a field it does not know.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "modules/trajectory/core/fees.h"
#include "modules/trajectory/core/meeting_rules.h"
#include "modules/trajectory/core/meetings.h"
#include "modules/trajectory/core/model.h"
#include "modules/trajectory/core/trajectory.h"
#include "modules/trajectory/core/visits.h"
#include "server/api/json_io.h"

namespace sb::api {

// A school's registration: its pupils (1..10,000) and the registration step.
struct Registration {
  int pupils = 0;
  StepInput step;
};
struct ConditionMark {
  Condition condition{};
  ConditionStatus status{};
  std::string note;
};
// A year's tariffs: at most 4 rows (one per sector).
struct TariffTable {
  std::string school_year;
  std::vector<Tariff> tariffs;
};
// A quote's teams and years are clamped to -1..1000: core names the real bounds.
struct QuoteRequest {
  std::string school_year;
  int teams = 0;
  int years = 0;
};
struct VisitReport {
  std::string seen;
  std::string advice;
};

Result<Registration> read_registration(BodyReader& body);
// {"pupils": 1..10,000}
Result<int> read_pupils(BodyReader& body);
Result<StepInput> read_step_record(BodyReader& body);
Result<ConditionMark> read_condition_check(BodyReader& body);
// The coach-fte rule's bands (at most 20); numbers out of range become values the rule refuses by name.
Result<std::vector<FteBand>> read_fte_rule(BodyReader& body);
Result<TariffTable> read_tariffs(BodyReader& body);
Result<QuoteRequest> read_quote_request(BodyReader& body);
Result<VisitInput> read_visit_plan(BodyReader& body);
Result<VisitReport> read_visit_report(BodyReader& body);
Result<MeetingInput> read_meeting(BodyReader& body);
Result<MeetingSignupInput> read_meeting_signup(BodyReader& body);
// Attendance marks (at most 1000).
Result<std::vector<AttendanceMark>> read_attendance_marks(BodyReader& body);
// {"message"?}: the school's invitation to the foundation.
Result<std::string> read_foundation_message(BodyReader& body);

}  // namespace sb::api
