#include "modules/mentoring/sql/sql_mentoring_store.h"

namespace sb::sql {
namespace {

using mentoring::Mentee;
using mentoring::Mentor;

std::int64_t flag(bool value) {
  return value ? 1 : 0;
}

#define SB_MENTOR_COLUMNS                                                                                        \
  "SELECT id, token_hash, email, phone, name, organisation, role, track, years_in_role, team_size, years_ci, "   \
  "capacity, region, municipality, any_region, sectors, mode, months, topics, user_id, created_at, updated_at, " \
  "withdrawn_at FROM mentoring_mentor_applications "

MentorApplication mentor_from(const Statement& q) {
  MentorApplication a;
  a.id = q.integer(0);
  a.token_hash = q.text(1);
  a.email = q.text(2);
  a.phone = q.text(3);
  Mentor& m = a.mentor;
  m.id = "M" + std::to_string(a.id);
  m.name = q.text(4);
  m.organisation = q.text(5);
  m.role = q.text(6);
  m.track = parse_track(q.text(7)).value_or(mentoring::Track::leidinggevende);
  m.years_in_role = static_cast<int>(q.integer(8));
  m.team_size = static_cast<int>(q.integer(9));
  m.years_ci_experience = static_cast<int>(q.integer(10));
  m.capacity = static_cast<int>(q.integer(11));
  m.region = q.text(12);
  m.municipality = q.text(13);
  m.region_scope = q.integer(14) != 0 ? mentoring::RegionScope::any_region : mentoring::RegionScope::own_region;
  m.preferred_sectors = static_cast<mentoring::SectorSet>(q.integer(15));
  m.mode = parse_mode(q.text(16)).value_or(mentoring::MeetingMode::either);
  m.months = static_cast<mentoring::MonthSet>(q.integer(17));
  m.topics = q.text(18);
  a.user_id = q.optional_integer(19);
  a.created_at = q.integer(20);
  a.updated_at = q.integer(21);
  a.withdrawn_at = q.optional_integer(22);
  return a;
}

// Binds a mentor's fields from position `first` on, in SB_MENTOR_COLUMNS order from email to topics.
void bind_mentor(Statement& q, int first, const MentorApplication& a) {
  const Mentor& m = a.mentor;
  q.bind(first, a.email).bind(first + 1, a.phone).bind(first + 2, m.name).bind(first + 3, m.organisation);
  q.bind(first + 4, m.role).bind(first + 5, track_name(m.track)).bind(first + 6, std::int64_t{m.years_in_role});
  q.bind(first + 7, std::int64_t{m.team_size}).bind(first + 8, std::int64_t{m.years_ci_experience});
  q.bind(first + 9, std::int64_t{m.capacity}).bind(first + 10, m.region).bind(first + 11, m.municipality);
  q.bind(first + 12, flag(m.region_scope == mentoring::RegionScope::any_region));
  q.bind(first + 13, std::int64_t{m.preferred_sectors}).bind(first + 14, mode_name(m.mode));
  q.bind(first + 15, std::int64_t{m.months}).bind(first + 16, m.topics);
}

#define SB_MENTEE_COLUMNS                                                                                \
  "SELECT id, user_id, school_id, name, school_name, role, sector, region, municipality, mode, months, " \
  "topics, created_at, updated_at, withdrawn_at FROM mentoring_mentee_applications "

MenteeApplication mentee_from(const Statement& q) {
  MenteeApplication a;
  a.id = q.integer(0);
  a.user_id = q.optional_integer(1);
  a.school_id = q.optional_integer(2);
  Mentee& m = a.mentee;
  m.id = "S" + std::to_string(a.id);
  m.name = q.text(3);
  m.school = q.text(4);
  m.role_text = q.text(5);
  m.role = m.role_text == "schoolcoach" ? mentoring::MenteeRole::schoolcoach : mentoring::MenteeRole::schoolleider;
  m.sector = static_cast<mentoring::Sector>(q.integer(6));
  m.region = q.text(7);
  m.municipality = q.text(8);
  m.mode = parse_mode(q.text(9)).value_or(mentoring::MeetingMode::either);
  m.months = static_cast<mentoring::MonthSet>(q.integer(10));
  m.topics = q.text(11);
  a.created_at = q.integer(12);
  a.updated_at = q.integer(13);
  a.withdrawn_at = q.optional_integer(14);
  return a;
}

std::string_view mentee_role_name(const Mentee& m) {
  return m.role == mentoring::MenteeRole::schoolcoach ? "schoolcoach" : "schoolleider";
}

void bind_mentee(Statement& q, int first, const MenteeApplication& a) {
  const Mentee& m = a.mentee;
  q.bind(first, m.name).bind(first + 1, m.school).bind(first + 2, mentee_role_name(m));
  q.bind(first + 3, static_cast<std::int64_t>(m.sector)).bind(first + 4, m.region).bind(first + 5, m.municipality);
  q.bind(first + 6, mode_name(m.mode)).bind(first + 7, std::int64_t{m.months}).bind(first + 8, m.topics);
}

#define SB_PAIR_COLUMNS                                                                                        \
  "SELECT p.id, p.run_id, p.mentor_id, p.mentee_id, mr.user_id, me.user_id, me.school_id, mr.name, mr.email, " \
  "mr.organisation, me.name, me.school_name FROM mentoring_pairs p "                                           \
  "JOIN mentoring_mentor_applications mr ON mr.id = p.mentor_id "                                              \
  "JOIN mentoring_mentee_applications me ON me.id = p.mentee_id "

#define SB_MEETING_COLUMNS                                                                            \
  "SELECT pair_id, number, starts_at, place, held, log, experiment, board_item_id, reminded_at FROM " \
  "mentoring_meetings "

MentoringRun run_from(const Statement& q) {
  MentoringRun r;
  r.id = q.integer(0);
  r.created_at = q.integer(1);
  r.created_by = q.optional_integer(2);
  r.pair_count = q.integer(3);
  r.total_score = q.integer(4);
  r.locked_pairs = q.integer(5);
  r.unpaired_mentors = q.integer(6);
  r.unpaired_mentees = q.integer(7);
  r.published_at = q.optional_integer(8);
  return r;
}

#define SB_RUN_COLUMNS                                                                                             \
  "SELECT id, created_at, created_by, pair_count, total_score, locked_pairs, unpaired_mentors, unpaired_mentees, " \
  "published_at FROM mentoring_runs "

}  // namespace

std::vector<MentorApplication> SqlMentoringStore::mentors(Statement& query) {
  std::vector<MentorApplication> out;
  while (query.step()) out.push_back(mentor_from(query));
  return out;
}

std::vector<MenteeApplication> SqlMentoringStore::mentees(Statement& query) {
  std::vector<MenteeApplication> out;
  while (query.step()) out.push_back(mentee_from(query));
  return out;
}

std::vector<MentoringPair> SqlMentoringStore::pairs(Statement& q) {
  std::vector<MentoringPair> out;
  while (q.step()) {
    MentoringPair p;
    p.id = q.integer(0);
    p.run_id = q.integer(1);
    p.mentor_id = q.integer(2);
    p.mentee_id = q.integer(3);
    p.mentor_user_id = q.optional_integer(4);
    p.mentee_user_id = q.optional_integer(5);
    p.mentee_school_id = q.optional_integer(6);
    p.mentor_name = q.text(7);
    p.mentor_email = q.text(8);
    p.mentor_organisation = q.text(9);
    p.mentee_name = q.text(10);
    p.mentee_school = q.text(11);
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<MentoringMeeting> SqlMentoringStore::meeting_rows(Statement& q) {
  std::vector<MentoringMeeting> out;
  while (q.step()) {
    MentoringMeeting m;
    m.pair_id = q.integer(0);
    m.number = static_cast<int>(q.integer(1));
    m.starts_at = q.optional_integer(2);
    m.place = parse_meeting_place(q.text(3)).value_or(MeetingPlace::none);
    m.held = parse_meeting_held(q.text(4)).value_or(MeetingHeld::unknown);
    m.log = q.text(5);
    m.experiment = q.text(6);
    m.board_item_id = q.optional_integer(7);
    m.reminded_at = q.optional_integer(8);
    out.push_back(std::move(m));
  }
  return out;
}

bool SqlMentoringStore::school_in_programme(Id school_id) {
  auto q = db_.prepare("SELECT 1 FROM mentoring_programme_schools WHERE school_id = ?");
  q.bind(1, school_id);
  return q.step();
}

std::vector<Id> SqlMentoringStore::programme_schools() {
  auto q = db_.prepare("SELECT school_id FROM mentoring_programme_schools ORDER BY school_id");
  std::vector<Id> out;
  while (q.step()) out.push_back(q.integer(0));
  return out;
}

std::vector<std::pair<Id, std::string>> SqlMentoringStore::programme_regions() {
  auto q = db_.prepare("SELECT school_id, region FROM mentoring_programme_schools WHERE region IS NOT NULL ORDER BY school_id");
  std::vector<std::pair<Id, std::string>> out;
  while (q.step()) out.emplace_back(q.integer(0), q.text(1));
  return out;
}

std::optional<MentorApplication> SqlMentoringStore::find_mentor(Id id) {
  auto q = db_.prepare(SB_MENTOR_COLUMNS "WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return mentor_from(q);
}

std::optional<MentorApplication> SqlMentoringStore::find_mentor_by_token(std::string_view token_hash) {
  if (token_hash.empty()) return std::nullopt;
  auto q = db_.prepare(SB_MENTOR_COLUMNS "WHERE token_hash = ? AND withdrawn_at IS NULL");
  q.bind(1, token_hash);
  if (!q.step()) return std::nullopt;
  return mentor_from(q);
}

std::optional<MentorApplication> SqlMentoringStore::find_mentor_by_user(Id user_id) {
  auto q = db_.prepare(SB_MENTOR_COLUMNS "WHERE user_id = ? AND withdrawn_at IS NULL ORDER BY id DESC LIMIT 1");
  q.bind(1, user_id);
  if (!q.step()) return std::nullopt;
  return mentor_from(q);
}

std::optional<MenteeApplication> SqlMentoringStore::find_mentee(Id id) {
  auto q = db_.prepare(SB_MENTEE_COLUMNS "WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return mentee_from(q);
}

std::optional<MenteeApplication> SqlMentoringStore::open_mentee_of_user(Id user_id) {
  auto q = db_.prepare(SB_MENTEE_COLUMNS "WHERE user_id = ? AND withdrawn_at IS NULL");
  q.bind(1, user_id);
  if (!q.step()) return std::nullopt;
  return mentee_from(q);
}

std::vector<MentorApplication> SqlMentoringStore::open_mentors() {
  auto q = db_.prepare(SB_MENTOR_COLUMNS "WHERE withdrawn_at IS NULL ORDER BY id");
  return mentors(q);
}

std::vector<MenteeApplication> SqlMentoringStore::open_mentees() {
  auto q = db_.prepare(SB_MENTEE_COLUMNS "WHERE withdrawn_at IS NULL ORDER BY id");
  return mentees(q);
}

std::vector<MentoringDecision> SqlMentoringStore::decisions() {
  auto q = db_.prepare("SELECT mentor_id, mentee_id, kind FROM mentoring_decisions ORDER BY mentor_id, mentee_id");
  std::vector<MentoringDecision> out;
  while (q.step()) {
    out.push_back({q.integer(0), q.integer(1),
                   q.text(2) == "lock" ? MentoringDecisionKind::lock : MentoringDecisionKind::forbid});
  }
  return out;
}

std::optional<MentoringRun> SqlMentoringStore::find_run(Id id) {
  auto q = db_.prepare(SB_RUN_COLUMNS "WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return run_from(q);
}

std::vector<MentoringRun> SqlMentoringStore::runs() {
  auto q = db_.prepare(SB_RUN_COLUMNS "ORDER BY id DESC");
  std::vector<MentoringRun> out;
  while (q.step()) out.push_back(run_from(q));
  return out;
}

std::vector<MentoringRunPair> SqlMentoringStore::run_pairs(Id run_id, int offset, int limit) {
  auto q = db_.prepare(
      "SELECT p.mentor_id, p.mentee_id, p.locked, p.sector, p.mode, p.availability, p.distance, p.topics, p.note_nl, "
      "p.note_en, mr.name, me.name, mr.region, me.school_name FROM mentoring_run_pairs p "
      "JOIN mentoring_mentor_applications mr ON mr.id = p.mentor_id "
      "JOIN mentoring_mentee_applications me ON me.id = p.mentee_id "
      "WHERE p.run_id = ? ORDER BY p.position LIMIT ? OFFSET ?");
  q.bind(1, run_id).bind(2, std::int64_t{limit}).bind(3, std::int64_t{offset});
  std::vector<MentoringRunPair> out;
  while (q.step()) {
    MentoringRunPair p;
    p.mentor_id = q.integer(0);
    p.mentee_id = q.integer(1);
    p.locked = q.integer(2) != 0;
    p.score = {static_cast<int>(q.integer(3)), static_cast<int>(q.integer(4)), static_cast<int>(q.integer(5)),
               static_cast<int>(q.integer(6)), static_cast<int>(q.integer(7))};
    p.note_nl = q.text(8);
    p.note_en = q.text(9);
    p.mentor_name = q.text(10);
    p.mentee_name = q.text(11);
    p.mentor_region = q.text(12);
    p.mentee_school = q.text(13);
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<MentoringUnpaired> SqlMentoringStore::run_unpaired(Id run_id) {
  auto q = db_.prepare(
      "SELECT u.side, u.application_id, u.reason, u.text_nl, u.text_en, coalesce(mr.name, me.name, '') "
      "FROM mentoring_run_unpaired u "
      "LEFT JOIN mentoring_mentor_applications mr ON u.side = 'mentor' AND mr.id = u.application_id "
      "LEFT JOIN mentoring_mentee_applications me ON u.side = 'mentee' AND me.id = u.application_id "
      "WHERE u.run_id = ? ORDER BY u.side, u.application_id");
  q.bind(1, run_id);
  std::vector<MentoringUnpaired> out;
  while (q.step()) {
    out.push_back({q.text(0) == "mentor" ? MentoringSide::mentor : MentoringSide::mentee, q.integer(1), q.text(2),
                   q.text(3), q.text(4), q.text(5)});
  }
  return out;
}

std::optional<MentoringPair> SqlMentoringStore::find_pair(Id pair_id) {
  auto q = db_.prepare(SB_PAIR_COLUMNS "WHERE p.id = ?");
  q.bind(1, pair_id);
  auto found = pairs(q);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<MentoringPair> SqlMentoringStore::pairs_of_user(Id user_id) {
  auto q = db_.prepare(SB_PAIR_COLUMNS "WHERE mr.user_id = ?1 OR me.user_id = ?1 ORDER BY p.id");
  q.bind(1, user_id);
  return pairs(q);
}

std::vector<MentoringPair> SqlMentoringStore::published_pairs() {
  auto q = db_.prepare(SB_PAIR_COLUMNS "ORDER BY p.id");
  return pairs(q);
}

std::vector<MentoringMeeting> SqlMentoringStore::meetings(Id pair_id) {
  auto q = db_.prepare(SB_MEETING_COLUMNS "WHERE pair_id = ? ORDER BY number");
  q.bind(1, pair_id);
  return meeting_rows(q);
}

std::vector<MentoringMeeting> SqlMentoringStore::all_meetings() {
  auto q = db_.prepare(SB_MEETING_COLUMNS "ORDER BY pair_id, number");
  return meeting_rows(q);
}

std::vector<std::string> SqlMentoringStore::guides() {
  auto q = db_.prepare("SELECT text FROM mentoring_guides ORDER BY number");
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.text(0));
  return out;
}

Result<void> SqlMentoringStore::set_school_in_programme(Id school_id, bool in) {
  auto q = in ? db_.prepare("INSERT INTO mentoring_programme_schools (school_id) VALUES (?) ON CONFLICT DO NOTHING")
              : db_.prepare("DELETE FROM mentoring_programme_schools WHERE school_id = ?");
  q.bind(1, school_id);
  return q.run();
}

Result<void> SqlMentoringStore::set_programme_region(Id school_id, const std::optional<std::string>& region) {
  auto q = db_.prepare("UPDATE mentoring_programme_schools SET region = ? WHERE school_id = ?");
  if (region) q.bind(1, *region);
  else q.bind_null(1);
  q.bind(2, school_id);
  return q.run();
}

Result<void> SqlMentoringStore::move_open_mentees(Id school_id, std::string_view region) {
  auto q = db_.prepare("UPDATE mentoring_mentee_applications SET region = ? WHERE school_id = ? AND withdrawn_at IS NULL");
  q.bind(1, region).bind(2, school_id);
  return q.run();
}

Result<Id> SqlMentoringStore::insert_mentor(const MentorApplication& a) {
  auto q = db_.prepare(
      "INSERT INTO mentoring_mentor_applications (token_hash, email, phone, name, organisation, role, track, "
      "years_in_role, team_size, years_ci, capacity, region, municipality, any_region, sectors, mode, months, topics, "
      "user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, a.token_hash);
  bind_mentor(q, 2, a);
  q.bind(19, a.user_id).bind(20, a.created_at).bind(21, a.updated_at);
  return insert_returning_id(q, "id");
}

Result<void> SqlMentoringStore::update_mentor(const MentorApplication& a) {
  auto q = db_.prepare(
      "UPDATE mentoring_mentor_applications SET email = ?, phone = ?, name = ?, organisation = ?, role = ?, "
      "track = ?, years_in_role = ?, team_size = ?, years_ci = ?, capacity = ?, region = ?, municipality = ?, "
      "any_region = ?, sectors = ?, mode = ?, months = ?, topics = ?, updated_at = ? WHERE id = ?");
  bind_mentor(q, 1, a);
  q.bind(18, a.updated_at).bind(19, a.id);
  return q.run();
}

Result<void> SqlMentoringStore::set_mentor_user(Id mentor_id, Id user_id) {
  auto q = db_.prepare("UPDATE mentoring_mentor_applications SET user_id = ? WHERE id = ?");
  q.bind(1, user_id).bind(2, mentor_id);
  return q.run();
}

Result<void> SqlMentoringStore::withdraw_mentor(Id mentor_id, UnixTime at) {
  auto q = db_.prepare(
      "UPDATE mentoring_mentor_applications SET token_hash = '', email = '', phone = '', name = '', "
      "organisation = '', role = '', municipality = '', topics = '', years_in_role = 0, team_size = 0, years_ci = 0, "
      "user_id = NULL, updated_at = ?1, withdrawn_at = ?1 WHERE id = ?2");
  q.bind(1, at).bind(2, mentor_id);
  SB_CHECK(q.run());
  auto d = db_.prepare("DELETE FROM mentoring_decisions WHERE mentor_id = ?");
  d.bind(1, mentor_id);
  return d.run();
}

Result<Id> SqlMentoringStore::insert_mentee(const MenteeApplication& a) {
  auto q = db_.prepare(
      "INSERT INTO mentoring_mentee_applications (name, school_name, role, sector, region, municipality, mode, months, "
      "topics, user_id, school_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  bind_mentee(q, 1, a);
  q.bind(10, a.user_id).bind(11, a.school_id).bind(12, a.created_at).bind(13, a.updated_at);
  return insert_returning_id(q, "user_id");
}

Result<void> SqlMentoringStore::update_mentee(const MenteeApplication& a) {
  auto q = db_.prepare(
      "UPDATE mentoring_mentee_applications SET name = ?, school_name = ?, role = ?, sector = ?, region = ?, "
      "municipality = ?, mode = ?, months = ?, topics = ?, updated_at = ? WHERE id = ?");
  bind_mentee(q, 1, a);
  q.bind(10, a.updated_at).bind(11, a.id);
  return q.run();
}

Result<void> SqlMentoringStore::withdraw_mentee(Id mentee_id, UnixTime at) {
  auto q = db_.prepare(
      "UPDATE mentoring_mentee_applications SET name = '', municipality = '', topics = '', user_id = NULL, "
      "updated_at = ?1, withdrawn_at = ?1 WHERE id = ?2");
  q.bind(1, at).bind(2, mentee_id);
  SB_CHECK(q.run());
  auto d = db_.prepare("DELETE FROM mentoring_decisions WHERE mentee_id = ?");
  d.bind(1, mentee_id);
  return d.run();
}

Result<void> SqlMentoringStore::set_decision(Id mentor_id, Id mentee_id, std::optional<MentoringDecisionKind> kind) {
  if (!kind) {
    auto q = db_.prepare("DELETE FROM mentoring_decisions WHERE mentor_id = ? AND mentee_id = ?");
    q.bind(1, mentor_id).bind(2, mentee_id);
    return q.run();
  }
  auto q = db_.prepare(
      "INSERT INTO mentoring_decisions (mentor_id, mentee_id, kind) VALUES (?, ?, ?) "
      "ON CONFLICT (mentor_id, mentee_id) DO UPDATE SET kind = excluded.kind");
  q.bind(1, mentor_id).bind(2, mentee_id).bind(3, to_string(*kind));
  return q.run();
}

Result<Id> SqlMentoringStore::insert_run(const MentoringRun& run, const std::vector<MentoringRunPair>& run_pairs,
                                         const std::vector<MentoringUnpaired>& unpaired) {
  auto q = db_.prepare(
      "INSERT INTO mentoring_runs (created_at, created_by, pair_count, total_score, locked_pairs, unpaired_mentors, "
      "unpaired_mentees) VALUES (?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, run.created_at).bind(2, run.created_by).bind(3, run.pair_count).bind(4, run.total_score);
  q.bind(5, run.locked_pairs).bind(6, run.unpaired_mentors).bind(7, run.unpaired_mentees);
  SB_TRY(run_id, insert_returning_id(q, "id"));
  std::int64_t position = 0;
  for (const auto& p : run_pairs) {
    auto r = db_.prepare(
        "INSERT INTO mentoring_run_pairs (run_id, position, mentor_id, mentee_id, locked, score, sector, mode, "
        "availability, distance, topics, note_nl, note_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    r.bind(1, run_id).bind(2, position++).bind(3, p.mentor_id).bind(4, p.mentee_id).bind(5, flag(p.locked));
    r.bind(6, std::int64_t{p.score.total()}).bind(7, std::int64_t{p.score.sector});
    r.bind(8, std::int64_t{p.score.meeting_mode}).bind(9, std::int64_t{p.score.availability});
    r.bind(10, std::int64_t{p.score.distance}).bind(11, std::int64_t{p.score.topics});
    r.bind(12, p.note_nl).bind(13, p.note_en);
    SB_CHECK(r.run());
  }
  for (const auto& u : unpaired) {
    auto r = db_.prepare(
        "INSERT INTO mentoring_run_unpaired (run_id, side, application_id, reason, text_nl, text_en) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    r.bind(1, run_id).bind(2, to_string(u.side)).bind(3, u.application_id).bind(4, u.reason);
    r.bind(5, u.text_nl).bind(6, u.text_en);
    SB_CHECK(r.run());
  }
  return run_id;
}

Result<std::vector<MentoringPair>> SqlMentoringStore::publish_run(Id run_id, UnixTime at) {
  auto mark = db_.prepare("UPDATE mentoring_runs SET published_at = ? WHERE id = ? AND published_at IS NULL");
  mark.bind(1, at).bind(2, run_id);
  SB_CHECK(mark.run());
  if (db_.changes() == 0) {
    return std::unexpected(Error{ErrorCode::conflict, "This run is published already.", "run"});
  }
  auto copy = db_.prepare(
      "INSERT INTO mentoring_pairs (run_id, mentor_id, mentee_id) "
      "SELECT rp.run_id, rp.mentor_id, rp.mentee_id FROM mentoring_run_pairs rp WHERE rp.run_id = ? AND NOT EXISTS "
      "(SELECT 1 FROM mentoring_pairs p WHERE p.mentor_id = rp.mentor_id AND p.mentee_id = rp.mentee_id) "
      "ORDER BY rp.position");
  copy.bind(1, run_id);
  SB_CHECK(copy.run());
  auto q = db_.prepare(SB_PAIR_COLUMNS "WHERE p.run_id = ? ORDER BY p.id");
  q.bind(1, run_id);
  return pairs(q);
}

Result<void> SqlMentoringStore::save_meeting(const MentoringMeeting& m) {
  auto q = db_.prepare(
      "INSERT INTO mentoring_meetings (pair_id, number, starts_at, place, held, log, experiment, board_item_id, "
      "reminded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pair_id, number) DO UPDATE SET "
      "starts_at = excluded.starts_at, place = excluded.place, held = excluded.held, log = excluded.log, "
      "experiment = excluded.experiment, board_item_id = excluded.board_item_id, reminded_at = excluded.reminded_at");
  q.bind(1, m.pair_id).bind(2, std::int64_t{m.number}).bind(3, m.starts_at).bind(4, to_string(m.place));
  q.bind(5, to_string(m.held)).bind(6, m.log).bind(7, m.experiment).bind(8, m.board_item_id).bind(9, m.reminded_at);
  return q.run();
}

Result<void> SqlMentoringStore::set_guide(int number, std::string_view text) {
  auto q = db_.prepare("UPDATE mentoring_guides SET text = ? WHERE number = ?");
  q.bind(1, text).bind(2, std::int64_t{number});
  return q.run();
}

std::vector<MentoringEvent> SqlMentoringStore::events(std::string_view round) {
  auto q = db_.prepare(
      "SELECT round, kind, title, starts_at, ends_at, place, link, sequence, updated_at FROM mentoring_events "
      "WHERE round = ? ORDER BY starts_at, kind");
  q.bind(1, round);
  std::vector<MentoringEvent> out;
  while (q.step()) {
    MentoringEvent e;
    e.round = q.text(0);
    e.kind = parse_event_kind(q.text(1)).value_or(MentoringEventKind::webinar);
    e.title = q.text(2);
    e.starts_at = q.integer(3);
    e.ends_at = q.integer(4);
    e.place = q.text(5);
    e.link = q.text(6);
    e.sequence = static_cast<int>(q.integer(7));
    e.updated_at = q.integer(8);
    out.push_back(std::move(e));
  }
  return out;
}

Result<void> SqlMentoringStore::save_event(const MentoringEvent& e) {
  auto q = db_.prepare(
      "INSERT INTO mentoring_events (round, kind, title, starts_at, ends_at, place, link, sequence, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (round, kind) DO UPDATE SET title = excluded.title, "
      "starts_at = excluded.starts_at, ends_at = excluded.ends_at, place = excluded.place, link = excluded.link, "
      "sequence = excluded.sequence, updated_at = excluded.updated_at");
  q.bind(1, e.round).bind(2, to_string(e.kind)).bind(3, e.title).bind(4, e.starts_at).bind(5, e.ends_at);
  q.bind(6, e.place).bind(7, e.link).bind(8, std::int64_t{e.sequence}).bind(9, e.updated_at);
  return q.run();
}

Result<void> SqlMentoringStore::delete_event(std::string_view round, MentoringEventKind kind) {
  auto q = db_.prepare("DELETE FROM mentoring_events WHERE round = ? AND kind = ?");
  q.bind(1, round).bind(2, to_string(kind));
  return q.run();
}

}  // namespace sb::sql
