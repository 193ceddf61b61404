#include "modules/mentoring/core/applications.h"

#include <algorithm>
#include <set>

#include "kernel/validation.h"
#include "modules/mentoring/core/events.h"
#include "modules/mentoring/core/pool_csv.h"
#include "modules/mentoring/core/store.h"
#include "modules/organisation/core/model.h"
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

using mentoring::IneligibilityCode;

Error no_application() { return Error::not_found("No application has this link."); }

Result<std::int64_t> in_range(std::string_view field, std::int64_t value, std::int64_t low, std::int64_t high) {
  if (value < low || value > high) {
    return std::unexpected(Error::invalid(std::string(field), "Out of range.").because("out_of_range", double(low), double(high)));
  }
  return value;
}

Result<mentoring::MeetingMode> read_mode(std::string_view text) {
  if (text.empty()) return mentoring::MeetingMode::either;
  auto mode = parse_mode(text);
  if (!mode) return std::unexpected(Error::invalid("mode", "A mode is in_person, online or either.").because("unknown_value"));
  return *mode;
}

Result<mentoring::MonthSet> read_months(const std::vector<std::string>& months) {
  mentoring::MonthSet set = 0;
  for (const auto& m : months) {
    if (m == "december") set |= static_cast<mentoring::MonthSet>(mentoring::Month::december);
    else if (m == "january") set |= static_cast<mentoring::MonthSet>(mentoring::Month::january);
    else if (m == "february") set |= static_cast<mentoring::MonthSet>(mentoring::Month::february);
    else if (m == "march") set |= static_cast<mentoring::MonthSet>(mentoring::Month::march);
    else return std::unexpected(Error::invalid("months", "A month is december, january, february or march.").because("unknown_value"));
  }
  return set == 0 ? mentoring::kAllMonths : set;
}

Result<std::string> read_region(std::string_view text) {
  if (!is_mentoring_region(text)) {
    return std::unexpected(Error::invalid("region", "A region is noord, oost, midden or zuid.").because("unknown_value"));
  }
  return std::string(text);
}

// The form's fields as the engine's Mentor, or the first field that is wrong.
Result<MentorApplication> read_mentor(const MentorApplicationInput& in) {
  MentorApplication a;
  auto& m = a.mentor;
  SB_TRY(name, clean_name("name", in.name));
  SB_TRY(email, clean_email("email", in.email));
  SB_TRY(phone, clean_text("phone", in.phone, 30, Required::no));
  SB_TRY(organisation, clean_text("organisation", in.organisation, 200, Required::yes));
  SB_TRY(role, clean_text("role", in.role, 200, Required::yes));
  SB_TRY(topics, clean_text("topics", in.topics, 1000, Required::no));
  SB_TRY(municipality, clean_text("municipality", in.municipality, 100, Required::no));
  if (!in.track.empty()) {
    auto track = parse_track(in.track);
    if (!track) return std::unexpected(Error::invalid("track", "A track is leidinggevende or expert.").because("unknown_value"));
    m.track = *track;
  } else if (auto derived = mentoring::track_of_role(role)) {
    m.track = *derived;
  } else {
    return std::unexpected(Error::invalid("track", "Choose a track: the role does not tell which.").because("track_unclear"));
  }
  SB_TRY(years, in_range("years_in_role", in.years_in_role, 0, 60));
  SB_TRY(team, in_range("team_size", in.team_size, 0, 100000));
  SB_TRY(ci, in_range("years_ci", in.years_ci, 0, 60));
  SB_TRY(capacity, in_range("capacity", in.capacity, 1, kMentorMaxCapacity));
  SB_TRY(region, read_region(in.region));
  SB_TRY(mode, read_mode(in.mode));
  SB_TRY(months, read_months(in.months));
  for (const auto& sector : in.sectors) {
    if (sector == "po") m.preferred_sectors |= static_cast<mentoring::SectorSet>(mentoring::Sector::po);
    else if (sector == "vo") m.preferred_sectors |= static_cast<mentoring::SectorSet>(mentoring::Sector::vo);
    else if (sector == "mbo") m.preferred_sectors |= static_cast<mentoring::SectorSet>(mentoring::Sector::mbo);
    else if (sector == "hbo") m.preferred_sectors |= static_cast<mentoring::SectorSet>(mentoring::Sector::hbo);
    else return std::unexpected(Error::invalid("sectors", "A sector is po, vo, mbo or hbo.").because("unknown_value"));
  }
  a.email = std::move(email);
  a.phone = std::move(phone);
  m.name = std::move(name);
  m.organisation = std::move(organisation);
  m.role = std::move(role);
  m.topics = std::move(topics);
  m.municipality = std::move(municipality);
  m.years_in_role = static_cast<int>(years);
  m.team_size = static_cast<int>(team);
  m.years_ci_experience = static_cast<int>(ci);
  m.capacity = static_cast<int>(capacity);
  m.region = std::move(region);
  m.mode = mode;
  m.months = months;
  return a;
}

// The first unmet requirement as the error the form shows at its field.
Result<void> require_eligible(const mentoring::Mentor& mentor) {
  const auto reasons = mentoring::check_mentor(mentor);
  if (reasons.empty()) return ok();
  const auto& first = reasons.front();
  const char* field = first.code == IneligibilityCode::team_too_small      ? "team_size"
                      : first.code == IneligibilityCode::too_little_ci_experience ? "years_ci"
                      : first.code == IneligibilityCode::no_capacity       ? "capacity"
                                                                           : "years_in_role";
  return std::unexpected(Error::invalid(field, first.text.en).because(std::string(to_string(first.code))));
}

std::string personal_link(const Services& s, std::string_view token) {
  return s.public_base_url + "/mentoring/mijn-aanmelding#" + std::string(token);
}

Mail confirmation_mail(const MentorApplication& a, const std::string& link) {
  return {a.email, "Je aanmelding als mentor bij het leerKRACHT mentoringprogramma",
          "Beste " + a.mentor.name + ",\n\n"
          "Dank je wel voor je aanmelding als mentor (spoor: " + std::string(track_name(a.mentor.track)) + ").\n"
          "In november volgen het voorbereidende webinar en de koppeling; daarna hoor je wie je mentee is.\n\n"
          "Via deze persoonlijke link kun je je aanmelding bekijken, wijzigen of intrekken:\n" + link + "\n\n"
          "Deel deze link niet: wie hem heeft, kan je aanmelding wijzigen.\n\n"
          "Dear " + a.mentor.name + ", thank you for applying as a mentor. Use the link above to view, change or "
          "withdraw your application.\n"};
}

Result<MentorApplication> by_token(ReadTx& tx, const Services& s, std::string_view token) {
  if (token.empty() || token.size() > 200) return std::unexpected(no_application());
  auto found = mentoring_store(tx).find_mentor_by_token(s.secrets.hash_token(token));
  if (!found) return std::unexpected(no_application());
  return *found;
}

const char* role_name(Role role) { return role == Role::schoolcoach ? "schoolcoach" : "schoolleider"; }

// The schools where the caller holds a mentee role and which are in the programme.
std::vector<MenteeOption> options_of(ReadTx& tx, const Principal& who) {
  std::vector<MenteeOption> out;
  for (const auto& m : who.memberships) {
    if ((m.role != Role::schoolleider && m.role != Role::schoolcoach) || !m.school_id || m.team_id) continue;
    if (!mentoring_store(tx).school_in_programme(*m.school_id)) continue;
    auto it = std::find_if(out.begin(), out.end(), [&](const MenteeOption& o) { return o.school_id == *m.school_id; });
    if (it == out.end()) {
      auto school = organisation(tx).find_school(*m.school_id);
      out.push_back({*m.school_id, school ? school->name : std::string(), {}});
      it = std::prev(out.end());
    }
    it->roles.push_back(role_name(m.role));
  }
  return out;
}

mentoring::Sector engine_sector(sb::Sector sector) {
  switch (sector) {
    case sb::Sector::po: return mentoring::Sector::po;
    case sb::Sector::vo: return mentoring::Sector::vo;
    case sb::Sector::mbo: return mentoring::Sector::mbo;
    case sb::Sector::hbo: return mentoring::Sector::hbo;
  }
  return mentoring::Sector::po;
}

}  // namespace

std::string programme_region_of(ReadTx& tx, const School& school) {
  for (const auto& [school_id, region] : mentoring_store(tx).programme_regions()) {
    if (school_id == school.id) return region;
  }
  return std::string(to_string(school.region));
}

std::string_view to_string(IneligibilityCode code) {
  switch (code) {
    case IneligibilityCode::too_few_years_as_manager: return "too_few_years_as_manager";
    case IneligibilityCode::team_too_small: return "team_too_small";
    case IneligibilityCode::too_few_years_in_expert_role: return "too_few_years_in_expert_role";
    case IneligibilityCode::too_little_ci_experience: return "too_little_ci_experience";
    case IneligibilityCode::no_capacity: return "no_capacity";
    case IneligibilityCode::mentee_role_not_in_programme: return "mentee_role_not_in_programme";
    case IneligibilityCode::school_not_in_inspiration_programme: return "school_not_in_inspiration_programme";
  }
  return "unknown";
}

Result<MentorCheck> check_mentor_application(const MentorApplicationInput& input) {
  SB_TRY(application, read_mentor(input));
  return MentorCheck{application.mentor.track, mentoring::check_mentor(application.mentor)};
}

Result<MentorApplied> apply_as_mentor(Services& s, const MentorApplicationInput& input) {
  SB_TRY(application, read_mentor(input));
  SB_CHECK(require_eligible(application.mentor));
  const auto token = s.secrets.new_token();
  application.token_hash = s.secrets.hash_token(token);
  application.created_at = application.updated_at = s.clock.now();
  std::vector<MentoringEvent> events;
  SB_TRY(id, write_value<Id>(s.store, [&](WriteTx& tx) -> Result<Id> {
    events = mentoring_store(tx).events(current_mentoring_round(application.created_at));
    return mentoring_store(tx).insert_mentor(application);
  }));
  application.id = id;
  application.mentor.id = "M" + std::to_string(id);
  const auto link = personal_link(s, token);
  auto mail = confirmation_mail(application, link);
  // The webinar and the pairing meeting come before anything else: in the mentor's calendar from the start.
  if (auto ics = mentoring_events_attachment(events, application.created_at, s.public_base_url)) {
    mail.attachments.push_back(std::move(*ics));
  }
  s.mailer.send(std::move(mail));
  return MentorApplied{std::move(application), link};
}

Result<MentorApplication> mentor_application_by_token(Services& s, std::string_view token) {
  return read_value<MentorApplication>(s.store, [&](ReadTx& tx) { return by_token(tx, s, token); });
}

Result<MentorApplication> change_mentor_application(Services& s, std::string_view token,
                                                    const MentorApplicationInput& input) {
  SB_TRY(changed, read_mentor(input));
  SB_CHECK(require_eligible(changed.mentor));
  return write_value<MentorApplication>(s.store, [&](WriteTx& tx) -> Result<MentorApplication> {
    SB_TRY(current, by_token(tx, s, token));
    changed.id = current.id;
    changed.token_hash = current.token_hash;
    changed.user_id = current.user_id;
    changed.created_at = current.created_at;
    changed.updated_at = s.clock.now();
    changed.mentor.id = current.mentor.id;
    SB_CHECK(mentoring_store(tx).update_mentor(changed));
    return changed;
  });
}

Result<void> withdraw_mentor_application(Services& s, std::string_view token) {
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(current, by_token(tx, s, token));
    return mentoring_store(tx).withdraw_mentor(current.id, s.clock.now());
  });
}

Result<MyMentoring> my_mentee_application(Services& s, const Principal& who) {
  return read_value<MyMentoring>(s.store, [&](ReadTx& tx) -> Result<MyMentoring> {
    return MyMentoring{options_of(tx, who), mentoring_store(tx).open_mentee_of_user(who.user.id)};
  });
}

Result<MenteeApplication> apply_as_mentee(Services& s, const Principal& who, const MenteeApplicationInput& input) {
  SB_TRY(mode, read_mode(input.mode));
  SB_TRY(months, read_months(input.months));
  SB_TRY(topics, clean_text("topics", input.topics, 1000, Required::no));
  const auto role = parse_role(input.role);
  if (!role || (*role != Role::schoolleider && *role != Role::schoolcoach)) {
    return std::unexpected(Error::invalid("role", "Mentees are school leaders and school coaches.")
                               .because(std::string(to_string(IneligibilityCode::mentee_role_not_in_programme))));
  }
  return write_value<MenteeApplication>(s.store, [&](WriteTx& tx) -> Result<MenteeApplication> {
    SB_TRY(scope, scope_of_school(tx, input.school_id));
    SB_CHECK(authorize(who, Action::apply_for_mentoring, scope));
    if (!holds_role_in_school(who, *role, input.school_id)) {
      return std::unexpected(Error::invalid("role", "You do not hold this role in this school.")
                                 .because(std::string(to_string(IneligibilityCode::mentee_role_not_in_programme))));
    }
    if (!mentoring_store(tx).school_in_programme(input.school_id)) {
      return std::unexpected(Error::invalid("school_id", "This school is not in the inspiration programme.")
                                 .because(std::string(to_string(IneligibilityCode::school_not_in_inspiration_programme))));
    }
    auto school = organisation(tx).find_school(input.school_id);
    if (!school) return std::unexpected(Error::not_found("Not found."));
    MenteeApplication a;
    a.user_id = who.user.id;
    a.school_id = input.school_id;
    a.mentee.name = who.user.name;
    a.mentee.school = school->name;
    a.mentee.role = *role == Role::schoolcoach ? mentoring::MenteeRole::schoolcoach : mentoring::MenteeRole::schoolleider;
    a.mentee.role_text = role_name(*role);
    a.mentee.sector = engine_sector(school->sector);
    a.mentee.region = programme_region_of(tx, *school);
    a.mentee.mode = mode;
    a.mentee.months = months;
    a.mentee.topics = topics;
    a.created_at = a.updated_at = s.clock.now();
    if (auto open = mentoring_store(tx).open_mentee_of_user(who.user.id)) {
      a.id = open->id;
      a.created_at = open->created_at;
      SB_CHECK(mentoring_store(tx).update_mentee(a));
    } else {
      SB_TRY(id, mentoring_store(tx).insert_mentee(a));
      a.id = id;
    }
    a.mentee.id = "S" + std::to_string(a.id);
    return a;
  });
}

Result<void> withdraw_mentee_application(Services& s, const Principal& who) {
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    auto open = mentoring_store(tx).open_mentee_of_user(who.user.id);
    if (!open) return std::unexpected(Error::not_found("You have no open application."));
    return mentoring_store(tx).withdraw_mentee(open->id, s.clock.now());
  });
}

Result<std::vector<InspirationSchool>> inspiration_schools(Services& s, const Principal& who) {
  SB_CHECK(authorize(who, Action::manage_mentoring, Scope::platform()));
  return read_value<std::vector<InspirationSchool>>(s.store, [&](ReadTx& tx) -> Result<std::vector<InspirationSchool>> {
    const auto ids = mentoring_store(tx).programme_schools();
    const std::set<Id> in(ids.begin(), ids.end());
    std::vector<InspirationSchool> out;
    for (auto& school : organisation(tx).list_schools()) {
      out.push_back({school, in.contains(school.id), programme_region_of(tx, school)});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.school.name < b.school.name; });
    return out;
  });
}

Result<void> set_inspiration_school(Services& s, const Principal& who, Id school_id, bool in) {
  SB_CHECK(authorize(who, Action::manage_mentoring, Scope::platform()));
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    if (!organisation(tx).find_school(school_id)) return std::unexpected(Error::not_found("No such school."));
    return mentoring_store(tx).set_school_in_programme(school_id, in);
  });
}

Result<void> set_programme_region(Services& s, const Principal& who, Id school_id, std::string_view region) {
  SB_CHECK(authorize(who, Action::manage_mentoring, Scope::platform()));
  if (!region.empty()) SB_CHECK(read_region(region));
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    auto school = organisation(tx).find_school(school_id);
    if (!school) return std::unexpected(Error::not_found("No such school."));
    if (!mentoring_store(tx).school_in_programme(school_id)) {
      return std::unexpected(Error{ErrorCode::failed_precondition, "Put the school in the inspiration programme first.",
                                   "school_id"}.because("not_in_programme"));
    }
    const std::string own(to_string(school->region));
    const bool own_region = region.empty() || region == own;
    SB_CHECK(mentoring_store(tx).set_programme_region(school_id, own_region ? std::nullopt : std::optional<std::string>(region)));
    return mentoring_store(tx).move_open_mentees(school_id, own_region ? own : std::string(region));
  });
}

}  // namespace sb
