// Use cases of applying to the mentoring programme.
//
// Mentors apply without an account through the public form: the engine's
// eligibility rules (eligibility.h) decide, with every reason when they fail,
// and a confirmation mail carries a personal link (a random token; only its
// hash is stored) to change or withdraw the application. Mentees are school
// leaders and school coaches of a school in the inspiration programme; they
// apply from their account and their sector and region come from the school.
// Withdrawing erases the person (store.h) in the same unit of work.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/mentoring/core/eligibility.h"
#include "modules/mentoring/core/programme_model.h"
#include "modules/organisation/core/model.h"

namespace sb {

// What the public form sends; numbers as typed, lists as the form's choices.
struct MentorApplicationInput {
  std::string name;
  std::string email;
  std::string phone;
  std::string organisation;
  std::string role;   // job title; the track is derived from it when `track` is empty
  std::string track;  // "leidinggevende", "expert" or ""
  std::int64_t years_in_role = 0;
  std::int64_t team_size = 0;
  std::int64_t years_ci = 0;
  std::int64_t capacity = 1;
  std::string region;  // noord, midden, zuid: the regions of the schools
  std::string municipality;
  std::vector<std::string> sectors;  // po, vo, mbo, hbo; none means no preference
  std::string mode;                  // in_person, online, either
  std::vector<std::string> months;   // december, january, february, march; none means all
  std::string topics;
};

// The form's live check: the track (chosen or derived) and every requirement that fails.
struct MentorCheck {
  std::optional<mentoring::Track> track;
  std::vector<mentoring::Ineligibility> reasons;
};

inline constexpr int kMentorMaxCapacity = 3;

// Field errors (a bad e-mail, an unknown region) fail; requirements that are not met are reported, not failed.
Result<MentorCheck> check_mentor_application(const MentorApplicationInput& input);

struct MentorApplied {
  MentorApplication application;
  std::string link;  // the personal link, shown once and mailed
};

// Stores an eligible application and mails its personal link; invalid_argument with the first unmet
// requirement's code as reason when not eligible.
Result<MentorApplied> apply_as_mentor(Services& s, const MentorApplicationInput& input);
Result<MentorApplication> mentor_application_by_token(Services& s, std::string_view token);
Result<MentorApplication> change_mentor_application(Services& s, std::string_view token,
                                                    const MentorApplicationInput& input);
Result<void> withdraw_mentor_application(Services& s, std::string_view token);

struct MenteeApplicationInput {
  Id school_id = 0;
  std::string role;  // schoolleider or schoolcoach: a role the account holds in that school
  std::string mode;
  std::vector<std::string> months;
  std::string topics;
};

// The schools of the caller where they may apply (school leader or coach, school in the programme).
struct MenteeOption {
  Id school_id = 0;
  std::string school_name;
  std::vector<std::string> roles;
};
struct MyMentoring {
  std::vector<MenteeOption> options;
  std::optional<MenteeApplication> application;
};
Result<MyMentoring> my_mentee_application(Services& s, const Principal& who);
Result<MenteeApplication> apply_as_mentee(Services& s, const Principal& who, const MenteeApplicationInput& input);
Result<void> withdraw_mentee_application(Services& s, const Principal& who);

// Staff: every school, and whether it is in the inspiration programme (its leaders and coaches may apply as mentees).
struct InspirationSchool {
  School school;
  bool in_programme = false;
  std::string programme_region;  // one of kMentoringRegions: set by staff, else the school's own region
};
Result<std::vector<InspirationSchool>> inspiration_schools(Services& s, const Principal& who);
Result<void> set_inspiration_school(Services& s, const Principal& who, Id school_id, bool in);
// Staff move a programme school to one of the programme's regions ("" or the school's own: back to its own);
// its open mentee applications move along, so the next run pairs them in that region.
Result<void> set_programme_region(Services& s, const Principal& who, Id school_id, std::string_view region);

// The programme region of a school: the one staff set, else the school's own (holiday) region.
std::string programme_region_of(ReadTx& tx, const School& school);

// The reason code of an unmet requirement, as the API and the i18n catalogue name it.
std::string_view to_string(mentoring::IneligibilityCode code);

}  // namespace sb
