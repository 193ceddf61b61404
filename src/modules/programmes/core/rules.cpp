#include "modules/programmes/core/rules.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "modules/programmes/core/times.h"

namespace sb {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return lower(haystack).find(lower(needle)) != std::string::npos;
}

bool active(const Enrolment& e) { return e.status != EnrolmentStatus::cancelled; }

}  // namespace

std::string_view to_string(EnrolmentRule rule) {
  return rule == EnrolmentRule::with_colleague ? "with_colleague" : "individual";
}

std::optional<EnrolmentRule> parse_enrolment_rule(std::string_view text) {
  if (text == "individual") return EnrolmentRule::individual;
  if (text == "with_colleague") return EnrolmentRule::with_colleague;
  return std::nullopt;
}

std::string_view to_string(EnrolmentStatus status) {
  switch (status) {
    case EnrolmentStatus::placed: return "placed";
    case EnrolmentStatus::waiting: return "waiting";
    case EnrolmentStatus::cancelled: return "cancelled";
  }
  return "waiting";
}

std::string_view to_string(HandInStatus status) {
  switch (status) {
    case HandInStatus::submitted: return "submitted";
    case HandInStatus::accepted: return "accepted";
    case HandInStatus::returned: return "returned";
  }
  return "submitted";
}

std::optional<HandInStatus> parse_hand_in_status(std::string_view text) {
  if (text == "submitted") return HandInStatus::submitted;
  if (text == "accepted") return HandInStatus::accepted;
  if (text == "returned") return HandInStatus::returned;
  return std::nullopt;
}

std::string_view to_string(InvitationState state) {
  switch (state) {
    case InvitationState::none: return "none";
    case InvitationState::open: return "open";
    case InvitationState::accepted: return "accepted";
    case InvitationState::expired: return "expired";
    case InvitationState::withdrawn: return "withdrawn";
  }
  return "none";
}

bool is_held(const Enrolment& e) { return e.user_id == 0 && e.status != EnrolmentStatus::cancelled; }

bool hold_expired(const Enrolment& e, UnixTime now) { return is_held(e) && e.held_until && *e.held_until < now; }

InvitationState invitation_state(const Enrolment& e) {
  if (e.invited_email.empty()) return InvitationState::none;
  if (e.user_id != 0) return InvitationState::accepted;
  if (e.status != EnrolmentStatus::cancelled) return InvitationState::open;
  if (e.held_until && e.cancelled_at && *e.cancelled_at >= *e.held_until) return InvitationState::expired;
  return InvitationState::withdrawn;
}

std::string_view to_string(RoundState state) {
  switch (state) {
    case RoundState::open: return "open";
    case RoundState::closed: return "closed";
    case RoundState::running: return "running";
    case RoundState::completed: return "completed";
  }
  return "open";
}

Result<void> check_audience(const Programme& programme, Sector sector, std::string_view role) {
  bool sector_listed = false;
  for (const auto& entry : programme.audience) {
    if (entry.sector != sector) continue;
    sector_listed = true;
    if (entry.role == role) return ok();
  }
  if (!sector_listed) {
    return std::unexpected(Error::invalid("sector", "This programme is not for your sector (" +
                                                        std::string(to_string(sector)) + ").")
                               .because("sector_not_in_audience"));
  }
  return std::unexpected(
      Error::invalid("role", "This programme is not for this role in your sector.").because("not_in_audience"));
}

int placed_in(const std::vector<Enrolment>& enrolments, Id group_id) {
  return static_cast<int>(std::count_if(enrolments.begin(), enrolments.end(), [&](const Enrolment& e) {
    return e.status == EnrolmentStatus::placed && e.group_id == group_id;
  }));
}

Placement place(const ProgrammeRound& round, const std::map<Id, int>& placed, std::optional<Id> preferred_group) {
  if (round.groups.empty()) return {EnrolmentStatus::placed, std::nullopt};
  for (const auto& group : round.groups) {
    if (preferred_group && group.id != *preferred_group) continue;
    const auto found = placed.find(group.id);
    if ((found == placed.end() ? 0 : found->second) < group.capacity) return {EnrolmentStatus::placed, group.id};
  }
  return {EnrolmentStatus::waiting, std::nullopt};
}

Placement place(const ProgrammeRound& round, const std::vector<Enrolment>& enrolments, std::optional<Id> preferred_group) {
  std::map<Id, int> placed;
  for (const auto& e : enrolments) {
    if (e.status == EnrolmentStatus::placed && e.group_id) ++placed[*e.group_id];
  }
  return place(round, placed, preferred_group);
}

std::optional<Id> next_in_line(const ProgrammeRound& round, const std::vector<Enrolment>& enrolments, Id group_id) {
  auto group = std::find_if(round.groups.begin(), round.groups.end(), [&](const RoundGroup& g) { return g.id == group_id; });
  if (group == round.groups.end() || placed_in(enrolments, group_id) >= group->capacity) return std::nullopt;
  std::optional<Id> first;
  for (const auto& e : enrolments) {
    if (e.status != EnrolmentStatus::waiting) continue;
    if (e.preferred_group_id && *e.preferred_group_id != group_id) continue;
    if (!first || e.id < *first) first = e.id;
  }
  return first;
}

ColleagueState colleague_state(const Programme& programme, const ProgrammeRound& round, const Enrolment& enrolment,
                               const std::vector<Enrolment>& round_enrolments) {
  if (programme.enrolment_rule != EnrolmentRule::with_colleague) return {};
  ColleagueState state{true, false, round.enrolment_closes_at};
  if (!active(enrolment)) return state;
  state.complete = std::any_of(round_enrolments.begin(), round_enrolments.end(), [&](const Enrolment& other) {
    return other.id != enrolment.id && other.user_id != enrolment.user_id && active(other) &&
           other.bestuur_id == enrolment.bestuur_id;
  });
  return state;
}

std::vector<std::vector<Id>> propose_project_groups(std::vector<GroupCandidate> people) {
  if (people.empty()) return {};
  std::sort(people.begin(), people.end(), [](const GroupCandidate& a, const GroupCandidate& b) {
    if (a.sector != b.sector) return a.sector < b.sector;
    if (a.region != b.region) return a.region < b.region;
    return a.enrolment_id < b.enrolment_id;
  });
  const std::size_t count = (people.size() + 4) / 5;
  std::vector<std::vector<Id>> groups(count);
  for (std::size_t i = 0; i < people.size(); ++i) groups[i % count].push_back(people[i].enrolment_id);
  for (auto& g : groups) std::sort(g.begin(), g.end());
  return groups;
}

std::vector<ProgrammeSession> sessions_for(const ProgrammeRound& round, std::optional<Id> group_id) {
  std::vector<ProgrammeSession> out;
  for (const auto& s : round.sessions) {
    if (!s.group_id || s.group_id == group_id) out.push_back(s);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.starts_at < b.starts_at; });
  return out;
}

Progress progress_of(const Programme& programme, const ProgrammeRound& round, const Enrolment& enrolment,
                     const std::vector<Attendance>& attendance, const std::vector<HoursEntry>& hours,
                     const std::vector<Assignment>& assignments, const std::vector<HandIn>& hand_ins) {
  Progress p;
  for (const auto& part : programme.parts) p.parts.push_back({part.name, part.hours * 60, 0});
  auto was_present = [&](Id session_id) {
    return std::any_of(attendance.begin(), attendance.end(), [&](const Attendance& a) {
      return a.session_id == session_id && a.enrolment_id == enrolment.id && a.present;
    });
  };
  for (const auto& s : sessions_for(round, enrolment.group_id)) {
    ++p.sessions_total;
    if (!was_present(s.id)) continue;
    ++p.sessions_attended;
    if (s.part && *s.part >= 0 && *s.part < static_cast<int>(p.parts.size())) p.parts[*s.part].done_minutes += s.credit_minutes;
  }
  for (const auto& h : hours) {
    if (h.enrolment_id == enrolment.id && h.part >= 0 && h.part < static_cast<int>(p.parts.size())) {
      p.parts[h.part].done_minutes += h.minutes;
    }
  }
  for (const auto& a : assignments_for(round, assignments, enrolment.group_id)) {
    ++p.assignments_required;
    auto work = std::find_if(hand_ins.begin(), hand_ins.end(), [&](const HandIn& h) {
      return h.assignment_id == a.id && h.enrolment_id == enrolment.id;
    });
    if (work == hand_ins.end()) continue;
    ++p.assignments_handed_in;
    if (work->status != HandInStatus::accepted) continue;
    ++p.assignments_accepted;
    if (a.part && *a.part >= 0 && *a.part < static_cast<int>(p.parts.size())) p.parts[*a.part].done_minutes += a.credit_minutes;
  }
  p.complete = enrolment.status == EnrolmentStatus::placed && p.sessions_total > 0 &&
               p.sessions_attended == p.sessions_total && p.assignments_accepted == p.assignments_required &&
               std::all_of(p.parts.begin(), p.parts.end(), [](const PartProgress& part) {
                 return part.done_minutes >= part.required_minutes;
               });
  return p;
}

std::vector<Assignment> assignments_for(const ProgrammeRound& round, const std::vector<Assignment>& assignments,
                                        std::optional<Id> group_id) {
  const auto sessions = sessions_for(round, group_id);
  std::vector<Assignment> out;
  for (const auto& a : assignments) {
    if (a.round_id != round.id) continue;
    const bool follows = !a.session_id || std::any_of(sessions.begin(), sessions.end(), [&](const ProgrammeSession& s) {
      return s.id == *a.session_id;
    });
    if (follows) out.push_back(a);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.due_at < y.due_at; });
  return out;
}

std::string_view to_string(AssignmentState state) {
  switch (state) {
    case AssignmentState::todo: return "todo";
    case AssignmentState::overdue: return "overdue";
    case AssignmentState::submitted: return "submitted";
    case AssignmentState::submitted_late: return "submitted_late";
    case AssignmentState::accepted: return "accepted";
    case AssignmentState::returned: return "returned";
  }
  return "todo";
}

bool is_late(const Assignment& assignment, const HandIn& hand_in) { return hand_in.first_submitted_at > assignment.due_at; }

AssignmentState assignment_state(const Assignment& assignment, const std::optional<HandIn>& hand_in, UnixTime now) {
  if (!hand_in) return now > assignment.due_at ? AssignmentState::overdue : AssignmentState::todo;
  switch (hand_in->status) {
    case HandInStatus::accepted: return AssignmentState::accepted;
    case HandInStatus::returned: return AssignmentState::returned;
    case HandInStatus::submitted: break;
  }
  return is_late(assignment, *hand_in) ? AssignmentState::submitted_late : AssignmentState::submitted;
}

std::vector<AssignmentItem> assignment_items(const ProgrammeRound& round, const Enrolment& enrolment,
                                             const std::vector<Assignment>& assignments,
                                             const std::vector<HandIn>& hand_ins, UnixTime now) {
  std::vector<AssignmentItem> out;
  for (auto& a : assignments_for(round, assignments, enrolment.group_id)) {
    std::optional<HandIn> work;
    for (const auto& h : hand_ins) {
      if (h.assignment_id == a.id && h.enrolment_id == enrolment.id) work = h;
    }
    const auto state = assignment_state(a, work, now);
    out.push_back({std::move(a), std::move(work), state});
  }
  return out;
}

std::int64_t vat_cents(const Programme& programme) {
  if (programme.price_includes_vat || programme.vat_percent <= 0) return 0;
  return (programme.price_cents * programme.vat_percent + 50) / 100;
}

std::int64_t price_incl_vat_cents(const Programme& programme) {
  if (programme.price_includes_vat) return programme.price_cents;
  return programme.price_cents + vat_cents(programme);
}

std::int64_t price_excl_vat_cents(const Programme& programme) {
  if (!programme.price_includes_vat || programme.vat_percent <= 0) return programme.price_cents;
  return (programme.price_cents * 100 + (100 + programme.vat_percent) / 2) / (100 + programme.vat_percent);
}

RoundState round_state(const ProgrammeRound& round, UnixTime now) {
  if (now < round.enrolment_closes_at) return RoundState::open;
  UnixTime first = 0, last = 0;
  for (const auto& s : round.sessions) {
    if (first == 0 || s.starts_at < first) first = s.starts_at;
    last = std::max(last, s.ends_at);
  }
  if (round.sessions.empty() || now < first) return RoundState::closed;
  return now < last ? RoundState::running : RoundState::completed;
}

bool matches(const Programme& programme, const std::vector<ProgrammeRound>& rounds, const CatalogueFilter& filter) {
  if (filter.sector || !filter.role.empty()) {
    bool found = std::any_of(programme.audience.begin(), programme.audience.end(), [&](const AudienceEntry& a) {
      return (!filter.sector || a.sector == *filter.sector) && (filter.role.empty() || contains(a.role, filter.role));
    });
    if (!found) return false;
  }
  // A price on request is no price: it does not pass a price filter.
  if (filter.max_price_cents && (programme.price_on_request || price_excl_vat_cents(programme) > *filter.max_price_cents)) {
    return false;
  }
  if (filter.min_points && programme.registration_points < *filter.min_points) return false;
  auto any_session = [&](auto&& predicate) {
    for (const auto& r : rounds) {
      for (const auto& s : r.sessions) {
        if (predicate(s)) return true;
      }
    }
    return false;
  };
  if (!filter.place.empty() && !any_session([&](const ProgrammeSession& s) { return contains(s.place, filter.place); })) {
    return false;
  }
  if (!filter.month.empty() && !any_session([&](const ProgrammeSession& s) { return month_of(s.starts_at) == filter.month; })) {
    return false;
  }
  return true;
}

}  // namespace sb
