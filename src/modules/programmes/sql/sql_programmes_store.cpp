#include "modules/programmes/sql/sql_programmes_store.h"

#include <map>

namespace sb::sql {
namespace {

// The connection keeps each prepared statement by the address of its SQL text (storage/sqlite/connection.h):
// every query here is a string literal, joined by the compiler, never text built at run time.
#define SB_PROGRAMME_SELECT                                                                                     \
  "SELECT id, title, provider, summary, registration_points, price_cents, price_includes_vat, vat_percent, "    \
  "in_company, duration, contact_name, contact_email, contact_phone, enrolment_rule, address_after_enrolment, " \
  "published, version, price_on_request FROM programmes "
#define SB_ENROLMENT_SELECT                                                                     \
  "SELECT e.id, e.round_id, e.user_id, e.bestuur_id, e.school_id, e.sector, e.role, e.status, " \
  "e.group_id, e.preferred_group_id, e.track_id, e.enrolled_by, e.created_at, e.cancelled_at, " \
  "COALESCE(u.name, ''), COALESCE(u.email, e.invited_email), b.name, e.invitation_id, e.invited_email, "   \
  "e.held_until FROM programme_enrolments e LEFT JOIN users u ON u.id = e.user_id "               \
  "JOIN besturen b ON b.id = e.bestuur_id "

Programme programme_from(const Statement& q) {
  Programme p;
  p.id = q.integer(0);
  p.title = q.text(1);
  p.provider = q.text(2);
  p.summary = q.text(3);
  p.registration_points = static_cast<int>(q.integer(4));
  p.price_cents = q.integer(5);
  p.price_includes_vat = q.integer(6) != 0;
  p.vat_percent = static_cast<int>(q.integer(7));
  p.in_company = q.integer(8) != 0;
  p.duration = q.text(9);
  p.contact_name = q.text(10);
  p.contact_email = q.text(11);
  p.contact_phone = q.text(12);
  p.enrolment_rule = parse_enrolment_rule(q.text(13)).value_or(EnrolmentRule::individual);
  p.address_after_enrolment = q.integer(14) != 0;
  p.published = q.integer(15) != 0;
  p.version = static_cast<int>(q.integer(16));
  p.price_on_request = q.integer(17) != 0;
  return p;
}

void bind_programme(Statement& q, const Programme& p) {
  q.bind(1, std::string_view(p.title)).bind(2, std::string_view(p.provider)).bind(3, std::string_view(p.summary));
  q.bind(4, std::int64_t{p.registration_points}).bind(5, p.price_cents).bind(6, std::int64_t{p.price_includes_vat});
  q.bind(7, std::int64_t{p.vat_percent}).bind(8, std::int64_t{p.in_company}).bind(9, std::string_view(p.duration));
  q.bind(10, std::string_view(p.contact_name)).bind(11, std::string_view(p.contact_email));
  q.bind(12, std::string_view(p.contact_phone)).bind(13, to_string(p.enrolment_rule));
  q.bind(14, std::int64_t{p.address_after_enrolment}).bind(15, std::int64_t{p.published});
  q.bind(16, std::int64_t{p.price_on_request});
}

// A place held for an invited colleague has no user yet (0 in the model, NULL in the table).
std::optional<Id> user_of(const Enrolment& e) { return e.user_id ? std::optional<Id>(e.user_id) : std::nullopt; }

EnrolmentStatus status_from(std::string_view text) {
  if (text == "placed") return EnrolmentStatus::placed;
  if (text == "cancelled") return EnrolmentStatus::cancelled;
  return EnrolmentStatus::waiting;
}

std::optional<Id> optional_id(const Statement& q, int column) {
  return q.optional_integer(column);
}

}  // namespace

Programme SqlProgrammesStore::read_lists(Programme p) {
  auto texts = db_.prepare("SELECT kind, text FROM programme_texts WHERE programme_id = ? ORDER BY kind, position");
  texts.bind(1, p.id);
  while (texts.step()) {
    const auto kind = texts.text(0);
    auto& list = kind == "co_producer" ? p.co_producers : kind == "goal" ? p.goals : p.themes;
    list.push_back(texts.text(1));
  }
  auto audience = db_.prepare("SELECT sector, role FROM programme_audience WHERE programme_id = ? ORDER BY position");
  audience.bind(1, p.id);
  while (audience.step()) p.audience.push_back({parse_sector(audience.text(0)).value_or(Sector::po), audience.text(1)});
  auto parts =
      db_.prepare("SELECT name, hours, description FROM programme_parts WHERE programme_id = ? ORDER BY position");
  parts.bind(1, p.id);
  while (parts.step()) p.parts.push_back({parts.text(0), static_cast<int>(parts.integer(1)), parts.text(2)});
  return p;
}

std::vector<Programme> SqlProgrammesStore::list_programmes() {
  auto q = db_.prepare(SB_PROGRAMME_SELECT "ORDER BY title, id");
  std::vector<Programme> out;
  while (q.step()) out.push_back(programme_from(q));
  for (auto& p : out) p = read_lists(std::move(p));
  return out;
}

std::optional<Programme> SqlProgrammesStore::find_programme(Id id) {
  auto q = db_.prepare(SB_PROGRAMME_SELECT "WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return read_lists(programme_from(q));
}

Result<void> SqlProgrammesStore::write_lists(const Programme& p) {
  for (const char* sql :
       {"DELETE FROM programme_texts WHERE programme_id = ?", "DELETE FROM programme_audience WHERE programme_id = ?",
        "DELETE FROM programme_parts WHERE programme_id = ?"}) {
    auto clear = db_.prepare(sql);
    clear.bind(1, p.id);
    SB_CHECK(clear.run());
  }
  auto add_texts = [&](std::string_view kind, const std::vector<std::string>& list) -> Result<void> {
    for (std::size_t i = 0; i < list.size(); ++i) {
      auto q = db_.prepare("INSERT INTO programme_texts (programme_id, kind, position, text) VALUES (?, ?, ?, ?)");
      q.bind(1, p.id).bind(2, kind).bind(3, static_cast<std::int64_t>(i)).bind(4, std::string_view(list[i]));
      SB_CHECK(q.run());
    }
    return ok();
  };
  SB_CHECK(add_texts("co_producer", p.co_producers));
  SB_CHECK(add_texts("goal", p.goals));
  SB_CHECK(add_texts("theme", p.themes));
  for (std::size_t i = 0; i < p.audience.size(); ++i) {
    auto q = db_.prepare("INSERT INTO programme_audience (programme_id, position, sector, role) VALUES (?, ?, ?, ?)");
    q.bind(1, p.id).bind(2, static_cast<std::int64_t>(i)).bind(3, to_string(p.audience[i].sector));
    q.bind(4, std::string_view(p.audience[i].role));
    SB_CHECK(q.run());
  }
  for (std::size_t i = 0; i < p.parts.size(); ++i) {
    auto q = db_.prepare(
        "INSERT INTO programme_parts (programme_id, position, name, hours, description) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, p.id).bind(2, static_cast<std::int64_t>(i)).bind(3, std::string_view(p.parts[i].name));
    q.bind(4, std::int64_t{p.parts[i].hours}).bind(5, std::string_view(p.parts[i].description));
    SB_CHECK(q.run());
  }
  return ok();
}

Result<Id> SqlProgrammesStore::insert_programme(const Programme& programme) {
  auto q = db_.prepare(
      "INSERT INTO programmes (title, provider, summary, registration_points, price_cents, price_includes_vat, "
      "vat_percent, in_company, duration, contact_name, contact_email, contact_phone, enrolment_rule, "
      "address_after_enrolment, published, price_on_request) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  bind_programme(q, programme);
  SB_TRY(id, insert_returning_id(q, "title"));
  Programme stored = programme;
  stored.id = id;
  SB_CHECK(write_lists(stored));
  return id;
}

Result<void> SqlProgrammesStore::update_programme(const Programme& programme) {
  auto q = db_.prepare(
      "UPDATE programmes SET title = ?, provider = ?, summary = ?, registration_points = ?, price_cents = ?, "
      "price_includes_vat = ?, vat_percent = ?, in_company = ?, duration = ?, contact_name = ?, contact_email = ?, "
      "contact_phone = ?, enrolment_rule = ?, address_after_enrolment = ?, published = ?, price_on_request = ?, "
      "version = version + 1 WHERE id = ? AND version = ?");
  bind_programme(q, programme);
  q.bind(17, programme.id).bind(18, std::int64_t{programme.version});
  SB_CHECK(versioned(q.run(), "SELECT 1 FROM programmes WHERE id = ?", programme.id, "programme"));
  return write_lists(programme);
}

ProgrammeRound SqlProgrammesStore::read_round_lists(ProgrammeRound r) {
  auto groups = db_.prepare("SELECT id, name, capacity FROM programme_groups WHERE round_id = ? ORDER BY id");
  groups.bind(1, r.id);
  while (groups.step()) r.groups.push_back({groups.integer(0), groups.text(1), static_cast<int>(groups.integer(2))});
  auto tracks = db_.prepare("SELECT id, name FROM programme_tracks WHERE round_id = ? ORDER BY id");
  tracks.bind(1, r.id);
  while (tracks.step()) r.tracks.push_back({tracks.integer(0), tracks.text(1)});
  auto sessions = db_.prepare(
      "SELECT id, title, starts_at, ends_at, place, address, group_id, part, credit_minutes FROM programme_sessions "
      "WHERE round_id = ? ORDER BY starts_at, id");
  sessions.bind(1, r.id);
  while (sessions.step()) {
    ProgrammeSession s;
    s.id = sessions.integer(0);
    s.title = sessions.text(1);
    s.starts_at = sessions.integer(2);
    s.ends_at = sessions.integer(3);
    s.place = sessions.text(4);
    s.address = sessions.text(5);
    s.group_id = optional_id(sessions, 6);
    if (auto part = sessions.optional_integer(7)) s.part = static_cast<int>(*part);
    s.credit_minutes = static_cast<int>(sessions.integer(8));
    r.sessions.push_back(std::move(s));
  }
  return r;
}

std::vector<ProgrammeRound> SqlProgrammesStore::list_rounds(Id programme_id) {
  // Latest first; a round without sessions last (NULLS LAST: PostgreSQL would put it first).
  auto q = db_.prepare(
      "SELECT r.id, r.programme_id, r.name, r.example_dates, r.enrolment_closes_at FROM programme_rounds r "
      "WHERE r.programme_id = ? ORDER BY (SELECT MIN(starts_at) FROM programme_sessions s WHERE s.round_id = r.id) "
      "DESC NULLS LAST, r.id DESC");
  q.bind(1, programme_id);
  std::vector<ProgrammeRound> out;
  while (q.step()) out.push_back({q.integer(0), q.integer(1), q.text(2), q.integer(3) != 0, q.integer(4), {}, {}, {}});
  for (auto& r : out) r = read_round_lists(std::move(r));
  return out;
}

std::optional<ProgrammeRound> SqlProgrammesStore::find_round(Id id) {
  auto q = db_.prepare(
      "SELECT id, programme_id, name, example_dates, enrolment_closes_at FROM programme_rounds WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return read_round_lists({q.integer(0), q.integer(1), q.text(2), q.integer(3) != 0, q.integer(4), {}, {}, {}});
}

std::optional<Id> SqlProgrammesStore::round_of_session(Id session_id) {
  auto q = db_.prepare("SELECT round_id FROM programme_sessions WHERE id = ?");
  q.bind(1, session_id);
  if (!q.step()) return std::nullopt;
  return q.integer(0);
}

Result<Id> SqlProgrammesStore::insert_session(Id round_id, const ProgrammeSession& s, std::optional<Id> group_id) {
  auto q = db_.prepare(
      "INSERT INTO programme_sessions (round_id, group_id, title, starts_at, ends_at, place, address, part, "
      "credit_minutes) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, round_id).bind(2, group_id).bind(3, std::string_view(s.title)).bind(4, s.starts_at).bind(5, s.ends_at);
  q.bind(6, std::string_view(s.place)).bind(7, std::string_view(s.address));
  q.bind(8, s.part ? std::optional<std::int64_t>(*s.part) : std::nullopt).bind(9, std::int64_t{s.credit_minutes});
  return insert_returning_id(q, "sessions");
}

Result<Id> SqlProgrammesStore::insert_round(const ProgrammeRound& round) {
  auto q = db_.prepare(
      "INSERT INTO programme_rounds (programme_id, name, example_dates, enrolment_closes_at) VALUES (?, ?, ?, ?)");
  q.bind(1, round.programme_id).bind(2, std::string_view(round.name)).bind(3, std::int64_t{round.example_dates});
  q.bind(4, round.enrolment_closes_at);
  SB_TRY(round_id, insert_returning_id(q, "name"));
  // A new round's sessions name their group by its position in `groups`.
  std::vector<Id> group_ids;
  for (const auto& g : round.groups) {
    auto add = db_.prepare("INSERT INTO programme_groups (round_id, name, capacity) VALUES (?, ?, ?)");
    add.bind(1, round_id).bind(2, std::string_view(g.name)).bind(3, std::int64_t{g.capacity});
    SB_TRY(group_id, insert_returning_id(add, "groups"));
    group_ids.push_back(group_id);
  }
  for (const auto& t : round.tracks) {
    auto add = db_.prepare("INSERT INTO programme_tracks (round_id, name) VALUES (?, ?)");
    add.bind(1, round_id).bind(2, std::string_view(t.name));
    SB_CHECK(drop_value(insert_returning_id(add, "tracks")));
  }
  for (const auto& s : round.sessions) {
    std::optional<Id> group;
    if (s.group_id && *s.group_id >= 0 && *s.group_id < static_cast<Id>(group_ids.size()))
      group = group_ids[*s.group_id];
    SB_CHECK(drop_value(insert_session(round_id, s, group)));
  }
  return round_id;
}

Result<void> SqlProgrammesStore::update_round(const ProgrammeRound& round) {
  auto q = db_.prepare("UPDATE programme_rounds SET name = ?, example_dates = ?, enrolment_closes_at = ? WHERE id = ?");
  q.bind(1, std::string_view(round.name)).bind(2, std::int64_t{round.example_dates}).bind(3, round.enrolment_closes_at);
  q.bind(4, round.id);
  SB_CHECK(q.run());
  auto stored = find_round(round.id);
  if (!stored) return std::unexpected(Error::not_found("No such round."));
  // Groups: change those with an id, add the new ones, remove the rest. A new group is named by
  // sessions as -(position + 1) so it can be told from an existing id.
  std::map<Id, Id> new_group_ids;
  for (std::size_t i = 0; i < round.groups.size(); ++i) {
    const auto& g = round.groups[i];
    if (g.id > 0) {
      auto u = db_.prepare("UPDATE programme_groups SET name = ?, capacity = ? WHERE id = ? AND round_id = ?");
      u.bind(1, std::string_view(g.name)).bind(2, std::int64_t{g.capacity}).bind(3, g.id).bind(4, round.id);
      SB_CHECK(u.run());
    } else {
      auto add = db_.prepare("INSERT INTO programme_groups (round_id, name, capacity) VALUES (?, ?, ?)");
      add.bind(1, round.id).bind(2, std::string_view(g.name)).bind(3, std::int64_t{g.capacity});
      SB_TRY(id, insert_returning_id(add, "groups"));
      new_group_ids[-static_cast<Id>(i) - 1] = id;
    }
  }
  auto listed = [](const auto& list, Id id) {
    for (const auto& x : list) {
      if (x.id == id) return true;
    }
    return false;
  };
  for (const auto& s : stored->sessions) {
    if (!listed(round.sessions, s.id)) {
      auto d = db_.prepare("DELETE FROM programme_sessions WHERE id = ?");
      d.bind(1, s.id);
      SB_CHECK(d.run());
    }
  }
  for (const auto& g : stored->groups) {
    if (!listed(round.groups, g.id)) {
      auto d = db_.prepare("DELETE FROM programme_groups WHERE id = ?");
      d.bind(1, g.id);
      SB_CHECK(d.run());
    }
  }
  for (const auto& t : round.tracks) {
    if (t.id > 0) {
      auto u = db_.prepare("UPDATE programme_tracks SET name = ? WHERE id = ? AND round_id = ?");
      u.bind(1, std::string_view(t.name)).bind(2, t.id).bind(3, round.id);
      SB_CHECK(u.run());
    } else {
      auto add = db_.prepare("INSERT INTO programme_tracks (round_id, name) VALUES (?, ?)");
      add.bind(1, round.id).bind(2, std::string_view(t.name));
      SB_CHECK(drop_value(insert_returning_id(add, "tracks")));
    }
  }
  for (const auto& t : stored->tracks) {
    if (!listed(round.tracks, t.id)) {
      auto d = db_.prepare("DELETE FROM programme_tracks WHERE id = ?");
      d.bind(1, t.id);
      SB_CHECK(d.run());
    }
  }
  for (const auto& s : round.sessions) {
    std::optional<Id> group = s.group_id;
    if (group && *group < 0) {
      auto it = new_group_ids.find(*group);
      if (it == new_group_ids.end()) return std::unexpected(Error::invalid("sessions", "No such group in this round."));
      group = it->second;
    } else if (group && !listed(round.groups, *group)) {
      return std::unexpected(Error::invalid("sessions", "No such group in this round."));
    }
    if (s.id > 0 && listed(stored->sessions, s.id)) {
      auto u = db_.prepare(
          "UPDATE programme_sessions SET group_id = ?, title = ?, starts_at = ?, ends_at = ?, place = ?, address = ?, "
          "part = ?, credit_minutes = ? WHERE id = ?");
      u.bind(1, group).bind(2, std::string_view(s.title)).bind(3, s.starts_at).bind(4, s.ends_at);
      u.bind(5, std::string_view(s.place)).bind(6, std::string_view(s.address));
      u.bind(7, s.part ? std::optional<std::int64_t>(*s.part) : std::nullopt).bind(8, std::int64_t{s.credit_minutes});
      u.bind(9, s.id);
      SB_CHECK(u.run());
    } else {
      SB_CHECK(drop_value(insert_session(round.id, s, group)));
    }
  }
  return ok();
}

std::vector<Enrolment> SqlProgrammesStore::enrolments_where(const char* sql, Id id) {
  auto q = db_.prepare(sql);
  q.bind(1, id);
  std::vector<Enrolment> out;
  while (q.step()) {
    Enrolment e;
    e.id = q.integer(0);
    e.round_id = q.integer(1);
    e.user_id = q.integer(2);
    e.bestuur_id = q.integer(3);
    e.school_id = optional_id(q, 4);
    e.sector = parse_sector(q.text(5)).value_or(Sector::po);
    e.role = q.text(6);
    e.status = status_from(q.text(7));
    e.group_id = optional_id(q, 8);
    e.preferred_group_id = optional_id(q, 9);
    e.track_id = optional_id(q, 10);
    e.enrolled_by = q.integer(11);
    e.created_at = q.integer(12);
    e.cancelled_at = q.optional_integer(13);
    e.user_name = q.text(14);
    e.user_email = q.text(15);
    e.bestuur_name = q.text(16);
    e.invitation_id = optional_id(q, 17);
    e.invited_email = q.text(18);
    e.held_until = q.optional_integer(19);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<Enrolment> SqlProgrammesStore::list_enrolments(Id round_id) {
  return enrolments_where(SB_ENROLMENT_SELECT "WHERE e.round_id = ? ORDER BY e.id", round_id);
}

std::optional<Enrolment> SqlProgrammesStore::find_enrolment(Id id) {
  auto found = enrolments_where(SB_ENROLMENT_SELECT "WHERE e.id = ?", id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<Enrolment> SqlProgrammesStore::list_enrolments_of_user(Id user_id) {
  return enrolments_where(SB_ENROLMENT_SELECT "WHERE e.user_id = ? ORDER BY e.id", user_id);
}

std::vector<Enrolment> SqlProgrammesStore::list_enrolments_by(Id enrolled_by) {
  return enrolments_where(SB_ENROLMENT_SELECT "WHERE e.enrolled_by = ? ORDER BY e.id", enrolled_by);
}

std::optional<Enrolment> SqlProgrammesStore::find_enrolment_by_invitation(Id invitation_id) {
  auto found = enrolments_where(SB_ENROLMENT_SELECT "WHERE e.invitation_id = ? ORDER BY e.id DESC", invitation_id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<Enrolment> SqlProgrammesStore::list_held_enrolments() {
  // enrolments_where binds one id: every id is above 0.
  return enrolments_where(
      SB_ENROLMENT_SELECT "WHERE e.user_id IS NULL AND e.status <> 'cancelled' AND e.id > ? ORDER BY e.id", 0);
}

std::map<Id, int> SqlProgrammesStore::count_placed(Id round_id) {
  auto q = db_.prepare(
      "SELECT group_id, COUNT(*) FROM programme_enrolments WHERE round_id = ? AND status = 'placed' "
      "AND group_id IS NOT NULL GROUP BY group_id");
  q.bind(1, round_id);
  std::map<Id, int> out;
  while (q.step()) out[q.integer(0)] = static_cast<int>(q.integer(1));
  return out;
}

bool SqlProgrammesStore::is_enrolled(Id round_id, Id user_id) {
  auto q = db_.prepare(
      "SELECT EXISTS (SELECT 1 FROM programme_enrolments WHERE round_id = ? AND user_id = ? AND status <> 'cancelled')");
  q.bind(1, round_id).bind(2, user_id);
  return q.step() && q.integer(0) != 0;
}

bool SqlProgrammesStore::has_expired_hold(Id round_id, UnixTime now) {
  auto q = db_.prepare(
      "SELECT EXISTS (SELECT 1 FROM programme_enrolments WHERE round_id = ? AND user_id IS NULL "
      "AND status <> 'cancelled' AND held_until < ?)");
  q.bind(1, round_id).bind(2, now);
  return q.step() && q.integer(0) != 0;
}

std::vector<Attendance> SqlProgrammesStore::list_attendance(Id round_id) {
  auto q = db_.prepare(
      "SELECT a.session_id, a.enrolment_id, a.present FROM programme_attendance a "
      "JOIN programme_sessions s ON s.id = a.session_id WHERE s.round_id = ?");
  q.bind(1, round_id);
  std::vector<Attendance> out;
  while (q.step()) out.push_back({q.integer(0), q.integer(1), q.integer(2) != 0});
  return out;
}

std::vector<HoursEntry> SqlProgrammesStore::list_hours(Id round_id) {
  auto q = db_.prepare(
      "SELECT h.id, h.enrolment_id, h.part, h.minutes, h.note, h.logged_at, h.logged_by FROM programme_hours h "
      "JOIN programme_enrolments e ON e.id = h.enrolment_id WHERE e.round_id = ? ORDER BY h.id");
  q.bind(1, round_id);
  std::vector<HoursEntry> out;
  while (q.step()) {
    out.push_back({q.integer(0), q.integer(1), static_cast<int>(q.integer(2)), static_cast<int>(q.integer(3)),
                   q.text(4), q.integer(5), q.integer(6)});
  }
  return out;
}

Result<Id> SqlProgrammesStore::insert_enrolment(const Enrolment& e) {
  auto q = db_.prepare(
      "INSERT INTO programme_enrolments (round_id, user_id, bestuur_id, school_id, sector, role, status, group_id, "
      "preferred_group_id, track_id, enrolled_by, created_at, cancelled_at, invitation_id, invited_email, held_until) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, e.round_id).bind(2, user_of(e)).bind(3, e.bestuur_id).bind(4, e.school_id).bind(5, to_string(e.sector));
  q.bind(6, std::string_view(e.role)).bind(7, to_string(e.status)).bind(8, e.group_id).bind(9, e.preferred_group_id);
  q.bind(10, e.track_id).bind(11, e.enrolled_by).bind(12, e.created_at).bind(13, e.cancelled_at);
  q.bind(14, e.invitation_id).bind(15, std::string_view(e.invited_email)).bind(16, e.held_until);
  return insert_returning_id(q, "user_id");
}

Result<void> SqlProgrammesStore::update_enrolment(const Enrolment& e) {
  auto q = db_.prepare(
      "UPDATE programme_enrolments SET status = ?, group_id = ?, track_id = ?, cancelled_at = ?, user_id = ?, "
      "held_until = ? WHERE id = ?");
  q.bind(1, to_string(e.status)).bind(2, e.group_id).bind(3, e.track_id).bind(4, e.cancelled_at).bind(5, user_of(e));
  q.bind(6, e.held_until).bind(7, e.id);
  SB_CHECK(q.run());
  if (db_.changes() == 0) return std::unexpected(Error::not_found("No such enrolment."));
  return ok();
}

Result<void> SqlProgrammesStore::set_attendance(const Attendance& a) {
  auto q = db_.prepare(
      "INSERT INTO programme_attendance (session_id, enrolment_id, present) VALUES (?, ?, ?) "
      "ON CONFLICT (session_id, enrolment_id) DO UPDATE SET present = excluded.present");
  q.bind(1, a.session_id).bind(2, a.enrolment_id).bind(3, std::int64_t{a.present});
  return q.run();
}

Result<Id> SqlProgrammesStore::insert_hours(const HoursEntry& h) {
  auto q = db_.prepare(
      "INSERT INTO programme_hours (enrolment_id, part, minutes, note, logged_at, logged_by) VALUES (?, ?, ?, ?, ?, "
      "?)");
  q.bind(1, h.enrolment_id)
      .bind(2, std::int64_t{h.part})
      .bind(3, std::int64_t{h.minutes})
      .bind(4, std::string_view(h.note));
  q.bind(5, h.logged_at).bind(6, h.logged_by);
  return insert_returning_id(q, "hours");
}

std::vector<std::pair<Id, int>> SqlProgrammesStore::list_project_groups(Id round_id) {
  auto q = db_.prepare(
      "SELECT g.enrolment_id, g.number FROM programme_project_groups g JOIN programme_enrolments e ON e.id = "
      "g.enrolment_id "
      "WHERE e.round_id = ? ORDER BY g.number, g.enrolment_id");
  q.bind(1, round_id);
  std::vector<std::pair<Id, int>> out;
  while (q.step()) out.emplace_back(q.integer(0), static_cast<int>(q.integer(1)));
  return out;
}

Result<void> SqlProgrammesStore::replace_project_groups(Id round_id, const std::vector<std::vector<Id>>& groups) {
  auto clear = db_.prepare(
      "DELETE FROM programme_project_groups WHERE enrolment_id IN (SELECT id FROM programme_enrolments WHERE round_id "
      "= ?)");
  clear.bind(1, round_id);
  SB_CHECK(clear.run());
  for (std::size_t i = 0; i < groups.size(); ++i) {
    for (Id enrolment : groups[i]) {
      auto add = db_.prepare("INSERT INTO programme_project_groups (enrolment_id, number) VALUES (?, ?)");
      add.bind(1, enrolment).bind(2, static_cast<std::int64_t>(i + 1));
      SB_CHECK(insert(add, "groups"));
    }
  }
  return ok();
}

}  // namespace sb::sql
