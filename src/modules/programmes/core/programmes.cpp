#include "modules/programmes/core/programmes.h"

#include <algorithm>
#include <set>

#include "kernel/validation.h"
#include "modules/organisation/core/store.h"
#include "modules/programmes/core/assignments_store.h"
#include "modules/programmes/core/mails.h"
#include "modules/programmes/core/places.h"
#include "modules/programmes/core/store.h"
#include "modules/programmes/core/times.h"

namespace sb {
namespace {

constexpr std::size_t kMaxText = 4000;
constexpr std::size_t kMaxList = 40;

Result<void> staff_only(const Principal& who) { return authorize(who, Action::manage_programmes, Scope::platform()); }

Result<Programme> published_programme(ReadTx& tx, Id id) {
  auto programme = programmes(tx).find_programme(id);
  if (!programme || !programme->published) return std::unexpected(Error::not_found("No such programme."));
  return *programme;
}

// The public view: where the programme says so, exact addresses are for participants only.
ProgrammeEntry public_entry(ReadTx& tx, Programme programme) {
  auto rounds = programmes(tx).list_rounds(programme.id);
  if (programme.address_after_enrolment) {
    for (auto& r : rounds) {
      for (auto& session : r.sessions) session.address.clear();
    }
  }
  return {std::move(programme), std::move(rounds)};
}

bool is_staff(const Principal& who) { return is_allowed(who, Action::manage_programmes, Scope::platform()); }

// The participant's school organisation and whether they may enrol for `sector`: a school leader's
// role in a school of that sector, or a bestuurder's in a bestuur with a school of that sector.
struct Organisation {
  Id bestuur_id = 0;
  std::optional<Id> school_id;
};
Result<Organisation> organisation_for(ReadTx& tx, Id user_id, Sector sector) {
  bool leads = false;
  for (const auto& m : organisation(tx).list_memberships_of_user(user_id)) {
    if (m.role == Role::schoolleider && m.school_id && !m.team_id) {
      leads = true;
      auto school = organisation(tx).find_school(*m.school_id);
      if (school && school->sector == sector) return Organisation{school->bestuur_id, school->id};
    }
    if (m.role == Role::bestuurder && m.bestuur_id) {
      leads = true;
      for (const auto& school : organisation(tx).list_schools_of_bestuur(*m.bestuur_id)) {
        if (school.sector == sector) return Organisation{*m.bestuur_id, std::nullopt};
      }
    }
  }
  if (!leads) {
    return std::unexpected(Error::invalid("user_id", "Only school leaders and bestuurders can enrol in a programme.")
                               .because("not_a_leader"));
  }
  return std::unexpected(
      Error::invalid("sector", "You hold no leading role in a school of this sector.").because("not_your_sector"));
}

// May `who` enrol `user_id` (themself, or a colleague of a school or bestuur they lead)?
Result<void> may_enrol_for(ReadTx& tx, const Principal& who, Id user_id) {
  if (user_id == who.user.id || is_staff(who)) return ok();
  for (const auto& m : organisation(tx).list_memberships_of_user(user_id)) {
    Scope scope{m.team_id, m.school_id, m.bestuur_id};
    if (m.school_id && is_allowed(who, Action::manage_school, scope)) return ok();
    if (m.bestuur_id && is_allowed(who, Action::view_bestuur, Scope{std::nullopt, std::nullopt, m.bestuur_id})) return ok();
  }
  return std::unexpected(Error::not_found("No such colleague."));
}

int waiting_position(const std::vector<Enrolment>& all, const Enrolment& e) {
  if (e.status != EnrolmentStatus::waiting) return 0;
  return 1 + static_cast<int>(std::count_if(all.begin(), all.end(), [&](const Enrolment& other) {
           return other.status == EnrolmentStatus::waiting && other.id < e.id;
         }));
}

// What a round's views share, read once per round.
struct RoundFacts {
  std::vector<Enrolment> all;
  std::vector<Attendance> attendance;
  std::vector<HoursEntry> hours;
  std::vector<std::pair<Id, int>> project_groups;
  std::vector<Assignment> assignments;
  std::vector<HandIn> hand_ins;
};

RoundFacts facts_of(ReadTx& tx, Id round_id) {
  return {programmes(tx).list_enrolments(round_id), programmes(tx).list_attendance(round_id),
          programmes(tx).list_hours(round_id),      programmes(tx).list_project_groups(round_id),
          assignments(tx).list_assignments(round_id), assignments(tx).list_hand_ins(round_id)};
}

EnrolmentView view_of(const Programme& programme, const ProgrammeRound& round, const Enrolment& e, const RoundFacts& f, UnixTime now) {
  EnrolmentView v{e,
                  programme,
                  round,
                  round_state(round, now),
                  colleague_state(programme, round, e, f.all),
                  progress_of(programme, round, e, f.attendance, f.hours, f.assignments, f.hand_ins),
                  waiting_position(f.all, e),
                  0,
                  {},
                  {}};
  if (e.status == EnrolmentStatus::placed) v.assignments = assignment_items(round, e, f.assignments, f.hand_ins, now);
  for (const auto& [enrolment, number] : f.project_groups) {
    if (enrolment == e.id) v.project_group = number;
  }
  for (const auto& [enrolment, number] : f.project_groups) {
    if (v.project_group == 0 || number != v.project_group || enrolment == e.id) continue;
    for (const auto& other : f.all) {
      if (other.id == enrolment) v.project_mates.push_back(other.user_name);
    }
  }
  return v;
}

// Where a participant's school lies, for mixing regions: their school's region, else a school of their bestuur's.
Region region_of(ReadTx& tx, const Enrolment& e) {
  if (e.school_id) {
    if (auto school = organisation(tx).find_school(*e.school_id)) return school->region;
  }
  auto schools = organisation(tx).list_schools_of_bestuur(e.bestuur_id);
  return schools.empty() ? Region::midden : schools.front().region;
}

Result<void> check_list(std::string_view field, std::vector<std::string>& list, std::size_t max_length) {
  if (list.size() > kMaxList) {
    return std::unexpected(Error::invalid(std::string(field), "Too many entries.").because("too_many", 0, kMaxList));
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    SB_TRY(clean, clean_text(std::string(field) + "." + std::to_string(i), list[i], max_length, Required::yes));
    list[i] = std::move(clean);
  }
  return ok();
}

Result<void> check_range(std::string_view field, std::int64_t value, std::int64_t low, std::int64_t high) {
  if (value < low || value > high) {
    return std::unexpected(Error::invalid(std::string(field), "Out of range.")
                               .because("out_of_range", static_cast<double>(low), static_cast<double>(high)));
  }
  return ok();
}

}  // namespace

Result<void> check_programme(Programme& p) {
  SB_TRY(title, clean_name("title", p.title));
  p.title = title;
  SB_TRY(provider, clean_name("provider", p.provider));
  p.provider = provider;
  SB_TRY(summary, clean_text("summary", p.summary, kMaxText, Required::no));
  p.summary = summary;
  SB_CHECK(check_list("co_producers", p.co_producers, kMaxNameLength));
  SB_CHECK(check_list("goals", p.goals, 1000));
  SB_CHECK(check_list("themes", p.themes, 1000));
  if (p.audience.empty()) return std::unexpected(Error::required("audience"));
  for (std::size_t i = 0; i < p.audience.size(); ++i) {
    SB_TRY(role, clean_name("audience." + std::to_string(i) + ".role", p.audience[i].role, 500));
    p.audience[i].role = role;
  }
  for (std::size_t i = 0; i < p.parts.size(); ++i) {
    SB_TRY(name, clean_name("parts." + std::to_string(i) + ".name", p.parts[i].name));
    p.parts[i].name = name;
    SB_CHECK(check_range("parts." + std::to_string(i) + ".hours", p.parts[i].hours, 0, 2000));
  }
  SB_CHECK(check_range("registration_points", p.registration_points, 0, 1000));
  SB_CHECK(check_range("price_cents", p.price_cents, 0, 100'000'000));
  SB_CHECK(check_range("vat_percent", p.vat_percent, 0, 100));
  SB_TRY(duration, clean_text("duration", p.duration, 200, Required::no));
  p.duration = duration;
  SB_TRY(contact_name, clean_text("contact_name", p.contact_name, kMaxNameLength, Required::no));
  p.contact_name = contact_name;
  if (!p.contact_email.empty()) {
    SB_TRY(email, clean_email("contact_email", p.contact_email));
    p.contact_email = email;
  }
  SB_TRY(phone, clean_text("contact_phone", p.contact_phone, 40, Required::no));
  p.contact_phone = phone;
  return ok();
}

Result<void> check_round(ProgrammeRound& r) {
  SB_TRY(name, clean_name("name", r.name));
  r.name = name;
  for (std::size_t i = 0; i < r.groups.size(); ++i) {
    SB_TRY(group, clean_name("groups." + std::to_string(i) + ".name", r.groups[i].name));
    r.groups[i].name = group;
    SB_CHECK(check_range("groups." + std::to_string(i) + ".capacity", r.groups[i].capacity, 1, 1000));
  }
  for (std::size_t i = 0; i < r.tracks.size(); ++i) {
    SB_TRY(track, clean_name("tracks." + std::to_string(i) + ".name", r.tracks[i].name));
    r.tracks[i].name = track;
  }
  for (std::size_t i = 0; i < r.sessions.size(); ++i) {
    auto& session = r.sessions[i];
    const std::string at = "sessions." + std::to_string(i) + ".";
    SB_TRY(title, clean_name(at + "title", session.title));
    session.title = title;
    SB_TRY(place, clean_name(at + "place", session.place));
    session.place = place;
    SB_TRY(address, clean_text(at + "address", session.address, 500, Required::no));
    session.address = address;
    if (session.ends_at <= session.starts_at) {
      return std::unexpected(Error::invalid(at + "ends_at", "A session ends after it starts.").because("before_start"));
    }
    SB_CHECK(check_range(at + "credit_minutes", session.credit_minutes, 0, 24 * 60));
    if (session.group_id) {
      // A new round names its groups by position (0, 1, ...); the store turns them into ids.
      // A stored group by its id; a group of a new round by its position; a group added to a stored round
      // by -(position + 1).
      const Id g = *session.group_id;
      const Id count = static_cast<Id>(r.groups.size());
      bool known = std::any_of(r.groups.begin(), r.groups.end(), [&](const RoundGroup& group) { return group.id == g; }) ||
                   (r.id == 0 && g >= 0 && g < count) || (r.id != 0 && g < 0 && -g <= count);
      if (!known) return std::unexpected(Error::invalid(at + "group_id", "No such group in this round."));
    }
  }
  return ok();
}

Result<std::vector<ProgrammeEntry>> catalogue(Services& s, const CatalogueFilter& filter) {
  return read_value<std::vector<ProgrammeEntry>>(s.store, [&](ReadTx& tx) -> Result<std::vector<ProgrammeEntry>> {
    std::vector<ProgrammeEntry> out;
    for (auto& programme : programmes(tx).list_programmes()) {
      if (!programme.published) continue;
      auto entry = public_entry(tx, std::move(programme));
      if (matches(entry.programme, entry.rounds, filter)) out.push_back(std::move(entry));
    }
    return out;
  });
}

Result<ProgrammeEntry> programme_page(Services& s, Id programme_id) {
  return read_value<ProgrammeEntry>(s.store, [&](ReadTx& tx) -> Result<ProgrammeEntry> {
    SB_TRY(programme, published_programme(tx, programme_id));
    return public_entry(tx, std::move(programme));
  });
}

Result<std::vector<ProgrammeEntry>> compare_programmes(Services& s, const std::vector<Id>& ids) {
  if (ids.size() < 2 || ids.size() > 4) {
    return std::unexpected(Error::invalid("ids", "Compare two to four programmes.").because("out_of_range", 2, 4));
  }
  if (std::set<Id>(ids.begin(), ids.end()).size() != ids.size()) {
    return std::unexpected(Error::invalid("ids", "Name each programme once.").because("duplicate"));
  }
  return read_value<std::vector<ProgrammeEntry>>(s.store, [&](ReadTx& tx) -> Result<std::vector<ProgrammeEntry>> {
    std::vector<ProgrammeEntry> out;
    for (Id id : ids) {
      SB_TRY(programme, published_programme(tx, id));
      out.push_back(public_entry(tx, std::move(programme)));
    }
    return out;
  });
}

Result<Enrolment> enrol(Services& s, const Principal& who, const EnrolRequest& request) {
  const UnixTime now = s.clock.now();
  // Who may enrol whom, as what, is checked in a read snapshot on a reader connection, so the one writer
  // does only what must be serialised: the place in a group against everyone enrolled before.
  struct Checked {
    Programme programme;
    User user;
    Organisation org;
  };
  SB_TRY(checked, read_value<Checked>(s.store, [&](ReadTx& tx) -> Result<Checked> {
    auto round = programmes(tx).find_round(request.round_id);
    if (!round) return std::unexpected(Error::not_found("No such round."));
    SB_TRY(programme, published_programme(tx, round->programme_id));
    const Id user_id = request.user_id.value_or(who.user.id);
    SB_CHECK(may_enrol_for(tx, who, user_id));
    auto user = organisation(tx).find_user(user_id);
    if (!user) return std::unexpected(Error::not_found("No such colleague."));
    SB_TRY(org, organisation_for(tx, user_id, request.sector));
    SB_CHECK(check_audience(programme, request.sector, request.role));
    return Checked{std::move(programme), std::move(*user), org};
  }));
  SB_TRY(enrolled, write_value<Enrolment>(s.store, [&](WriteTx& tx) -> Result<Enrolment> {
    auto round = programmes(tx).find_round(request.round_id);
    if (!round) return std::unexpected(Error::not_found("No such round."));
    SB_CHECK(check_enrollable(*round, request.group_id, request.track_id, now));
    // Places held for invited colleagues that ran out are freed first, so the waiting list moves up before a newcomer.
    if (programmes(tx).has_expired_hold(round->id, now)) {
      SB_CHECK(drop_value(settle_held_places(s, tx, checked.programme, *round, now)));
    }
    if (programmes(tx).is_enrolled(round->id, checked.user.id)) {
      return std::unexpected(
          Error{ErrorCode::already_exists, "Already enrolled in this round.", "user_id"}.because("already_enrolled"));
    }
    // Counted, not listed: the writer's work per enrolment stays the same however many enrolled before.
    const auto placement = place(*round, programmes(tx).count_placed(round->id), request.group_id);
    auto e = new_enrolment(*round, {checked.org.bestuur_id, checked.org.school_id, request.sector, request.role,
                                    request.group_id, request.track_id},
                           placement, who.user.id, now);
    e.user_id = checked.user.id;
    SB_TRY(id, programmes(tx).insert_enrolment(e));
    e.id = id;
    e.user_name = checked.user.name;
    e.user_email = checked.user.email;
    return e;
  }));
  // Committed and durable: the confirmation, written from what the round holds now (off the writer).
  auto mail = read_value<Mail>(s.store, [&](ReadTx& tx) -> Result<Mail> {
    auto round = programmes(tx).find_round(enrolled.round_id);
    if (!round) return std::unexpected(Error::not_found("No such round."));
    // Only the colleague rule needs the others; listing them for every enrolment made a burst of n cost n².
    const auto all = checked.programme.enrolment_rule == EnrolmentRule::with_colleague
                         ? programmes(tx).list_enrolments(round->id)
                         : std::vector<Enrolment>{};
    return enrolment_mail(s, checked.programme, *round, enrolled, checked.user,
                          colleague_state(checked.programme, *round, enrolled, all));
  });
  if (mail) s.mailer.send(std::move(*mail));
  return enrolled;
}

Result<Enrolment> cancel_enrolment(Services& s, const Principal& who, Id enrolment_id) {
  const UnixTime now = s.clock.now();
  return write_value<Enrolment>(s.store, [&](WriteTx& tx) -> Result<Enrolment> {
    auto e = programmes(tx).find_enrolment(enrolment_id);
    if (!e || (e->user_id != who.user.id && e->enrolled_by != who.user.id && !is_staff(who))) {
      return std::unexpected(Error::not_found("No such enrolment."));
    }
    if (e->status == EnrolmentStatus::cancelled) return *e;
    auto round = programmes(tx).find_round(e->round_id);
    auto programme = round ? programmes(tx).find_programme(round->programme_id) : std::nullopt;
    if (!round || !programme) return std::unexpected(Error::not_found("No such round."));
    // Withdrawing an invitation: its link stops working too.
    const auto invitation = is_held(*e) ? e->invitation_id : std::nullopt;
    SB_CHECK(release_place(s, tx, *programme, *round, *e, now));
    if (invitation) SB_CHECK(organisation(tx).delete_invitation(*invitation));
    return *e;
  });
}

Result<std::vector<EnrolmentView>> my_programmes(Services& s, const Principal& who) {
  const UnixTime now = s.clock.now();
  return read_value<std::vector<EnrolmentView>>(s.store, [&](ReadTx& tx) -> Result<std::vector<EnrolmentView>> {
    std::vector<EnrolmentView> out;
    for (const auto& mine : programmes(tx).list_enrolments_of_user(who.user.id)) {
      if (mine.status == EnrolmentStatus::cancelled) continue;
      auto round = programmes(tx).find_round(mine.round_id);
      auto programme = round ? programmes(tx).find_programme(round->programme_id) : std::nullopt;
      if (!round || !programme) continue;
      const auto facts = facts_of(tx, round->id);
      out.push_back(view_of(*programme, *round, mine, facts, now));
    }
    return out;
  });
}

Result<std::vector<EnrolmentView>> colleagues_enrolled(Services& s, const Principal& who) {
  const UnixTime now = s.clock.now();
  return read_value<std::vector<EnrolmentView>>(s.store, [&](ReadTx& tx) -> Result<std::vector<EnrolmentView>> {
    std::vector<EnrolmentView> out;
    auto made = programmes(tx).list_enrolments_by(who.user.id);
    std::reverse(made.begin(), made.end());
    for (const auto& e : made) {
      if (e.user_id == who.user.id) continue;
      auto round = programmes(tx).find_round(e.round_id);
      auto programme = round ? programmes(tx).find_programme(round->programme_id) : std::nullopt;
      if (!round || !programme) continue;
      out.push_back(view_of(*programme, *round, e, facts_of(tx, round->id), now));
    }
    return out;
  });
}

Result<RoundOverview> round_overview(Services& s, const Principal& who, Id round_id) {
  SB_CHECK(staff_only(who));
  const UnixTime now = s.clock.now();
  return read_value<RoundOverview>(s.store, [&](ReadTx& tx) -> Result<RoundOverview> {
    auto round = programmes(tx).find_round(round_id);
    auto programme = round ? programmes(tx).find_programme(round->programme_id) : std::nullopt;
    if (!round || !programme) return std::unexpected(Error::not_found("No such round."));
    const auto facts = facts_of(tx, round_id);
    RoundOverview out{*programme, *round, {}};
    for (const auto& e : facts.all) out.enrolments.push_back(view_of(*programme, *round, e, facts, now));
    return out;
  });
}

Result<ProgrammeEntry> staff_programme(Services& s, const Principal& who, Id programme_id) {
  SB_CHECK(staff_only(who));
  return read_value<ProgrammeEntry>(s.store, [&](ReadTx& tx) -> Result<ProgrammeEntry> {
    auto programme = programmes(tx).find_programme(programme_id);
    if (!programme) return std::unexpected(Error::not_found("No such programme."));
    return ProgrammeEntry{*programme, programmes(tx).list_rounds(programme_id)};
  });
}

Result<std::vector<ProgrammeEntry>> staff_programmes(Services& s, const Principal& who) {
  SB_CHECK(staff_only(who));
  return read_value<std::vector<ProgrammeEntry>>(s.store, [&](ReadTx& tx) -> Result<std::vector<ProgrammeEntry>> {
    std::vector<ProgrammeEntry> out;
    for (auto& p : programmes(tx).list_programmes()) {
      auto rounds = programmes(tx).list_rounds(p.id);
      out.push_back({std::move(p), std::move(rounds)});
    }
    return out;
  });
}

Result<Programme> create_programme(Services& s, const Principal& who, Programme programme) {
  SB_CHECK(staff_only(who));
  SB_CHECK(check_programme(programme));
  return write_value<Programme>(s.store, [&](WriteTx& tx) -> Result<Programme> {
    SB_TRY(id, programmes(tx).insert_programme(programme));
    return *programmes(tx).find_programme(id);
  });
}

Result<Programme> update_programme(Services& s, const Principal& who, Programme programme) {
  SB_CHECK(staff_only(who));
  SB_CHECK(check_programme(programme));
  return write_value<Programme>(s.store, [&](WriteTx& tx) -> Result<Programme> {
    SB_CHECK(programmes(tx).update_programme(programme));
    return *programmes(tx).find_programme(programme.id);
  });
}

Result<Programme> copy_programme(Services& s, const Principal& who, Id programme_id) {
  SB_CHECK(staff_only(who));
  return write_value<Programme>(s.store, [&](WriteTx& tx) -> Result<Programme> {
    auto original = programmes(tx).find_programme(programme_id);
    if (!original) return std::unexpected(Error::not_found("No such programme."));
    auto copy = *original;
    copy.title = std::string(copy.title.substr(0, kMaxNameLength - 8)) + " (kopie)";
    copy.published = false;
    SB_TRY(id, programmes(tx).insert_programme(copy));
    return *programmes(tx).find_programme(id);
  });
}

Result<ProgrammeRound> create_round(Services& s, const Principal& who, ProgrammeRound round) {
  SB_CHECK(staff_only(who));
  SB_CHECK(check_round(round));
  return write_value<ProgrammeRound>(s.store, [&](WriteTx& tx) -> Result<ProgrammeRound> {
    if (!programmes(tx).find_programme(round.programme_id)) return std::unexpected(Error::not_found("No such programme."));
    SB_TRY(id, programmes(tx).insert_round(round));
    return *programmes(tx).find_round(id);
  });
}

Result<ProgrammeRound> update_round(Services& s, const Principal& who, ProgrammeRound round) {
  SB_CHECK(staff_only(who));
  SB_CHECK(check_round(round));
  return write_value<ProgrammeRound>(s.store, [&](WriteTx& tx) -> Result<ProgrammeRound> {
    auto stored = programmes(tx).find_round(round.id);
    if (!stored) return std::unexpected(Error::not_found("No such round."));
    round.programme_id = stored->programme_id;
    // A group that still has participants placed in it stays.
    auto all = programmes(tx).list_enrolments(round.id);
    for (const auto& g : stored->groups) {
      bool kept = std::any_of(round.groups.begin(), round.groups.end(), [&](const RoundGroup& n) { return n.id == g.id; });
      if (!kept && placed_in(all, g.id) > 0) {
        return std::unexpected(Error{ErrorCode::failed_precondition, "Participants are placed in this group.", "groups"}
                                   .because("group_in_use"));
      }
    }
    SB_CHECK(programmes(tx).update_round(round));
    return *programmes(tx).find_round(round.id);
  });
}

Result<ProgrammeRound> copy_round(Services& s, const Principal& who, Id round_id, std::string name, std::string_view first_day) {
  SB_CHECK(staff_only(who));
  return write_value<ProgrammeRound>(s.store, [&](WriteTx& tx) -> Result<ProgrammeRound> {
    auto original = programmes(tx).find_round(round_id);
    if (!original) return std::unexpected(Error::not_found("No such round."));
    // The store lists sessions by start: the first is the anchor.
    const auto& sessions = original->sessions;
    const UnixTime anchor = sessions.empty() ? original->enrolment_closes_at : sessions.front().starts_at;
    const auto days = days_until(anchor, first_day);
    if (!days) return std::unexpected(Error::invalid("first_session_on", "Give a date as YYYY-MM-DD.").because("date"));
    ProgrammeRound copy{0, original->programme_id, std::move(name), original->example_dates,
                        shift_days(original->enrolment_closes_at, *days), {}, {}, {}};
    for (const auto& g : original->groups) copy.groups.push_back({0, g.name, g.capacity});
    for (const auto& t : original->tracks) copy.tracks.push_back({0, t.name});
    for (auto session : original->sessions) {
      if (session.group_id) {  // a new round names its groups by position
        const auto at = std::find_if(original->groups.begin(), original->groups.end(),
                                     [&](const RoundGroup& g) { return g.id == *session.group_id; });
        session.group_id = static_cast<Id>(at - original->groups.begin());
      }
      session.starts_at = shift_days(session.starts_at, *days);
      session.ends_at = shift_days(session.ends_at, *days);
      copy.sessions.push_back(session);
    }
    SB_CHECK(check_round(copy));
    SB_TRY(id, programmes(tx).insert_round(copy));
    auto made = *programmes(tx).find_round(id);
    // The copy's sessions come back in the original's order (same times, moved alike): map them by position.
    for (auto a : assignments(tx).list_assignments(round_id)) {
      if (a.session_id) {
        const auto at = std::find_if(original->sessions.begin(), original->sessions.end(),
                                     [&](const ProgrammeSession& x) { return x.id == *a.session_id; });
        const auto index = static_cast<std::size_t>(at - original->sessions.begin());
        a.session_id = index < made.sessions.size() ? std::optional<Id>(made.sessions[index].id) : std::nullopt;
      }
      a.round_id = id;
      a.due_at = shift_days(a.due_at, *days);
      SB_CHECK(drop_value(assignments(tx).insert_assignment(a)));
    }
    return made;
  });
}

Result<std::vector<std::vector<Id>>> propose_project_groups(Services& s, const Principal& who, Id round_id) {
  SB_CHECK(staff_only(who));
  return write_value<std::vector<std::vector<Id>>>(s.store, [&](WriteTx& tx) -> Result<std::vector<std::vector<Id>>> {
    if (!programmes(tx).find_round(round_id)) return std::unexpected(Error::not_found("No such round."));
    std::vector<GroupCandidate> people;
    for (const auto& e : programmes(tx).list_enrolments(round_id)) {
      if (e.status == EnrolmentStatus::placed) people.push_back({e.id, e.sector, region_of(tx, e)});
    }
    auto groups = propose_project_groups(std::move(people));
    SB_CHECK(programmes(tx).replace_project_groups(round_id, groups));
    return groups;
  });
}

Result<void> set_project_groups(Services& s, const Principal& who, Id round_id, const std::vector<std::vector<Id>>& groups) {
  SB_CHECK(staff_only(who));
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    if (!programmes(tx).find_round(round_id)) return std::unexpected(Error::not_found("No such round."));
    const auto all = programmes(tx).list_enrolments(round_id);
    std::set<Id> seen;
    for (std::size_t i = 0; i < groups.size(); ++i) {
      for (Id id : groups[i]) {
        const bool placed = std::any_of(all.begin(), all.end(), [&](const Enrolment& e) {
          return e.id == id && e.status == EnrolmentStatus::placed;
        });
        if (!placed || !seen.insert(id).second) {
          return std::unexpected(Error::invalid("groups." + std::to_string(i),
                                                "Name each participant placed in this round at most once."));
        }
      }
    }
    return programmes(tx).replace_project_groups(round_id, groups);
  });
}

Result<void> record_attendance(Services& s, const Principal& who, Id session_id, const std::vector<Attendance>& marks) {
  SB_CHECK(staff_only(who));
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    auto round_id = programmes(tx).round_of_session(session_id);
    if (!round_id) return std::unexpected(Error::not_found("No such session."));
    for (std::size_t i = 0; i < marks.size(); ++i) {
      auto e = programmes(tx).find_enrolment(marks[i].enrolment_id);
      if (!e || e->round_id != *round_id || e->status != EnrolmentStatus::placed) {
        return std::unexpected(Error::invalid("marks." + std::to_string(i) + ".enrolment_id",
                                              "This person is not placed in this round."));
      }
      SB_CHECK(programmes(tx).set_attendance({session_id, marks[i].enrolment_id, marks[i].present}));
    }
    return ok();
  });
}

Result<HoursEntry> log_hours(Services& s, const Principal& who, HoursEntry entry) {
  SB_CHECK(staff_only(who));
  SB_CHECK(check_range("minutes", entry.minutes, 1, 100 * 60));
  SB_TRY(note, clean_text("note", entry.note, 1000, Required::no));
  entry.note = note;
  entry.logged_at = s.clock.now();
  entry.logged_by = who.user.id;
  return write_value<HoursEntry>(s.store, [&](WriteTx& tx) -> Result<HoursEntry> {
    auto e = programmes(tx).find_enrolment(entry.enrolment_id);
    if (!e) return std::unexpected(Error::not_found("No such enrolment."));
    auto round = programmes(tx).find_round(e->round_id);
    auto programme = programmes(tx).find_programme(round->programme_id);
    SB_CHECK(check_range("part", entry.part, 0, static_cast<std::int64_t>(programme->parts.size()) - 1));
    SB_TRY(id, programmes(tx).insert_hours(entry));
    entry.id = id;
    return entry;
  });
}

namespace {

Result<Certificate> certificate_of(ReadTx& tx, const Enrolment& e) {
  auto round = programmes(tx).find_round(e.round_id);
  auto programme = programmes(tx).find_programme(round->programme_id);
  auto p = progress_of(*programme, *round, e, programmes(tx).list_attendance(round->id), programmes(tx).list_hours(round->id),
                       assignments(tx).list_assignments(round->id), assignments(tx).list_hand_ins(round->id));
  if (!p.complete) {
    return std::unexpected(Error{ErrorCode::failed_precondition, "Attendance, hours and assignments are not complete yet."}
                               .because("not_complete"));
  }
  Certificate c;
  c.participant_name = e.user_name;
  c.participant_email = e.user_email;
  c.programme_title = programme->title;
  c.provider = programme->provider;
  c.round_name = round->name;
  c.registration_points = programme->registration_points;
  int minutes = 0;
  for (const auto& part : p.parts) minutes += part.required_minutes;
  c.hours = minutes / 60;
  for (const auto& session : sessions_for(*round, e.group_id)) c.completed_at = std::max(c.completed_at, session.ends_at);
  return c;
}

}  // namespace

Result<Certificate> certificate(Services& s, const Principal& who, Id enrolment_id) {
  return read_value<Certificate>(s.store, [&](ReadTx& tx) -> Result<Certificate> {
    auto e = programmes(tx).find_enrolment(enrolment_id);
    if (!e || (e->user_id != who.user.id && !is_staff(who))) return std::unexpected(Error::not_found("No such enrolment."));
    return certificate_of(tx, *e);
  });
}

Result<std::vector<Certificate>> register_list(Services& s, const Principal& who, Id round_id) {
  SB_CHECK(staff_only(who));
  return read_value<std::vector<Certificate>>(s.store, [&](ReadTx& tx) -> Result<std::vector<Certificate>> {
    if (!programmes(tx).find_round(round_id)) return std::unexpected(Error::not_found("No such round."));
    std::vector<Certificate> out;
    for (const auto& e : programmes(tx).list_enrolments(round_id)) {
      if (auto c = certificate_of(tx, e)) out.push_back(std::move(*c));
    }
    return out;
  });
}

Result<AttendanceList> attendance_list(Services& s, const Principal& who, Id session_id) {
  SB_CHECK(staff_only(who));
  return read_value<AttendanceList>(s.store, [&](ReadTx& tx) -> Result<AttendanceList> {
    auto round_id = programmes(tx).round_of_session(session_id);
    auto round = round_id ? programmes(tx).find_round(*round_id) : std::nullopt;
    auto programme = round ? programmes(tx).find_programme(round->programme_id) : std::nullopt;
    if (!round || !programme) return std::unexpected(Error::not_found("No such session."));
    const auto session = *std::find_if(round->sessions.begin(), round->sessions.end(),
                                       [&](const ProgrammeSession& x) { return x.id == session_id; });
    const auto marks = programmes(tx).list_attendance(round->id);
    AttendanceList out{*programme, *round, session, {}};
    for (const auto& e : programmes(tx).list_enrolments(round->id)) {
      if (e.status != EnrolmentStatus::placed || (session.group_id && session.group_id != e.group_id)) continue;
      std::optional<bool> present;
      for (const auto& m : marks) {
        if (m.session_id == session_id && m.enrolment_id == e.id) present = m.present;
      }
      out.lines.push_back({e, present});
    }
    return out;
  });
}

Result<InvoiceList> invoice_list(Services& s, const Principal& who, Id round_id) {
  SB_CHECK(staff_only(who));
  return read_value<InvoiceList>(s.store, [&](ReadTx& tx) -> Result<InvoiceList> {
    auto round = programmes(tx).find_round(round_id);
    auto programme = round ? programmes(tx).find_programme(round->programme_id) : std::nullopt;
    if (!round || !programme) return std::unexpected(Error::not_found("No such round."));
    InvoiceList out{*programme, *round, {}};
    for (const auto& e : programmes(tx).list_enrolments(round_id)) {
      if (e.status != EnrolmentStatus::placed) continue;
      const auto excl = price_excl_vat_cents(*programme), incl = price_incl_vat_cents(*programme);
      out.lines.push_back({e, excl, incl - excl, incl});
    }
    return out;
  });
}

}  // namespace sb
