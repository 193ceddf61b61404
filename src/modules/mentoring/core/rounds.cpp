#include "modules/mentoring/core/rounds.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "modules/mentoring/core/csv.h"
#include "modules/mentoring/core/engine.h"
#include "modules/mentoring/core/events.h"
#include "modules/mentoring/core/store.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

using mentoring::Pool;

std::string_view to_string(mentoring::UnpairedReason reason) {
  switch (reason) {
    case mentoring::UnpairedReason::not_eligible: return "not_eligible";
    case mentoring::UnpairedReason::no_partner_in_reach: return "no_partner_in_reach";
    case mentoring::UnpairedReason::all_partners_forbidden: return "all_partners_forbidden";
    case mentoring::UnpairedReason::partners_taken: return "partners_taken";
  }
  return "unknown";
}

Result<void> staff_only(const Principal& who) { return authorize(who, Action::manage_mentoring, Scope::platform()); }

// The engine's pool from the stored one: ids "M<id>" and "S<id>", decisions between open applications.
Pool pool_of(const MentoringPoolView& stored) {
  Pool pool;
  std::set<Id> mentors, mentees;
  for (const auto& a : stored.mentors) {
    pool.mentors.push_back(a.mentor);
    mentors.insert(a.id);
  }
  for (const auto& a : stored.mentees) {
    pool.mentees.push_back(a.mentee);
    mentees.insert(a.id);
  }
  for (const auto& d : stored.decisions) {
    if (!mentors.contains(d.mentor_id) || !mentees.contains(d.mentee_id)) continue;
    mentoring::PairIds ids{"M" + std::to_string(d.mentor_id), "S" + std::to_string(d.mentee_id)};
    (d.kind == MentoringDecisionKind::lock ? pool.locked : pool.forbidden).push_back(std::move(ids));
  }
  return pool;
}

MentoringPoolView load_pool(ReadTx& tx) {
  return {mentoring_store(tx).open_mentors(), mentoring_store(tx).open_mentees(), mentoring_store(tx).decisions()};
}

// Published pairs stay as they are in every later run (a follow-up round pairs late applicants only).
void lock_published(ReadTx& tx, MentoringPoolView& pool) {
  for (const auto& p : mentoring_store(tx).published_pairs()) {
    const bool decided = std::any_of(pool.decisions.begin(), pool.decisions.end(), [&](const MentoringDecision& d) {
      return d.mentee_id == p.mentee_id && d.kind == MentoringDecisionKind::lock;
    });
    if (!decided) pool.decisions.push_back({p.mentor_id, p.mentee_id, MentoringDecisionKind::lock});
  }
}

Error no_run() { return Error::not_found("No such run."); }

std::string joined(const std::vector<mentoring::BilingualText>& notes, bool dutch) {
  std::string out;
  for (const auto& n : notes) out += (out.empty() ? "" : "; ") + (dutch ? n.nl : n.en);
  return out;
}

std::vector<MentoringRunPair> all_pairs(ReadTx& tx, Id run_id) {
  return mentoring_store(tx).run_pairs(run_id, 0, 1'000'000);
}

std::string months_text(mentoring::MonthSet months) {
  std::string out;
  const char* names[] = {"dec", "jan", "feb", "mrt"};
  for (int k = 0; k < 4; ++k) {
    if (months & (1 << k)) out += (out.empty() ? "" : " ") + std::string(names[k]);
  }
  return out;
}

std::string sectors_text(mentoring::SectorSet sectors) {
  std::string out;
  const char* names[] = {"PO", "VO", "MBO", "HBO"};
  for (int k = 0; k < 4; ++k) {
    if (sectors & (1 << k)) out += (out.empty() ? "" : ", ") + std::string(names[k]);
  }
  return out;
}

std::string mode_text(mentoring::MeetingMode mode) {
  return mode == mentoring::MeetingMode::online ? "online"
         : mode == mentoring::MeetingMode::in_person ? "in persoon"
                                                      : "beide";
}

std::optional<Id> application_id(std::string_view text, char prefix) {
  if (text.size() < 2 || text[0] != prefix) return std::nullopt;
  Id id = 0;
  const auto [end, error] = std::from_chars(text.data() + 1, text.data() + text.size(), id);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return id;
}

Mail introduction(const MentoringPair& p, const std::string& to, bool to_mentor, const std::string& link,
                  const std::string& set_password) {
  std::string body = "Beste " + (to_mentor ? p.mentor_name : p.mentee_name) + ",\n\n";
  body += to_mentor ? "Je bent gekoppeld aan " + p.mentee_name + " van " + p.mentee_school + ".\n"
                    : "Je bent gekoppeld aan " + p.mentor_name + " van " + p.mentor_organisation + ".\n";
  body += "Plan samen drie gesprekken van twee uur tussen december en maart, op het bedrijf, op school of online.\n"
          "Jullie koppelpagina, met een handvat per gesprek: " + link + "\n";
  if (!set_password.empty()) {
    body += "\nJe hebt een account bij SamenBeter gekregen. Kies je wachtwoord via deze link (14 dagen geldig):\n" +
            set_password + "\n";
  }
  body += "\nYou have been paired in the leerKRACHT mentoring programme; the link above opens your pair's page.\n";
  return {to, "leerKRACHT mentoring: kennismaking met je koppel", body};
}

inline constexpr UnixTime kSetPasswordLifetime = 14 * 24 * 3600;

}  // namespace

Result<MentoringPoolView> mentoring_pool(Services& s, const Principal& who) {
  SB_CHECK(staff_only(who));
  return read_value<MentoringPoolView>(s.store, [&](ReadTx& tx) -> Result<MentoringPoolView> { return load_pool(tx); });
}

Result<MentoringRun> run_mentoring_engine(Services& s, const Principal& who) {
  SB_CHECK(staff_only(who));
  return write_value<MentoringRun>(s.store, [&](WriteTx& tx) -> Result<MentoringRun> {
    auto stored = load_pool(tx);
    lock_published(tx, stored);
    const Pool pool = pool_of(stored);
    SB_TRY(result, mentoring::match(pool));
    auto rows = rows_of_result(stored.mentors, stored.mentees, result);
    rows.run.created_at = s.clock.now();
    rows.run.created_by = who.user.id;
    SB_TRY(id, mentoring_store(tx).insert_run(rows.run, rows.pairs, rows.unpaired));
    rows.run.id = id;
    return rows.run;
  });
}

MentoringRunRows rows_of_result(const std::vector<MentorApplication>& mentors,
                                const std::vector<MenteeApplication>& mentees, const mentoring::MatchResult& result) {
  MentoringRunRows rows;
  rows.run.pair_count = result.pair_count();
  rows.run.total_score = result.total_score;
  rows.run.locked_pairs = result.locked_pairs;
  rows.run.unpaired_mentors = static_cast<std::int64_t>(result.unpaired_mentors.size());
  rows.run.unpaired_mentees = static_cast<std::int64_t>(result.unpaired_mentees.size());
  rows.pairs.reserve(result.pairs.size());
  for (const auto& p : result.pairs) {
    MentoringRunPair row;
    row.mentor_id = mentors[static_cast<std::size_t>(p.mentor)].id;
    row.mentee_id = mentees[static_cast<std::size_t>(p.mentee)].id;
    row.locked = p.origin == mentoring::PairOrigin::locked;
    row.score = p.score;
    row.note_nl = joined(p.notes, true);
    row.note_en = joined(p.notes, false);
    rows.pairs.push_back(std::move(row));
  }
  for (const auto& u : result.unpaired_mentors) {
    rows.unpaired.push_back({MentoringSide::mentor, mentors[static_cast<std::size_t>(u.index)].id,
                             std::string(to_string(u.reason)), u.text.nl, u.text.en, {}});
  }
  for (const auto& u : result.unpaired_mentees) {
    rows.unpaired.push_back({MentoringSide::mentee, mentees[static_cast<std::size_t>(u.index)].id,
                             std::string(to_string(u.reason)), u.text.nl, u.text.en, {}});
  }
  return rows;
}

Result<std::vector<MentoringRun>> mentoring_runs(Services& s, const Principal& who) {
  SB_CHECK(staff_only(who));
  return read_value<std::vector<MentoringRun>>(s.store, [&](ReadTx& tx) -> Result<std::vector<MentoringRun>> {
    return mentoring_store(tx).runs();
  });
}

Result<MentoringRunPage> mentoring_run_page(Services& s, const Principal& who, Id run_id, int offset, int limit) {
  SB_CHECK(staff_only(who));
  if (offset < 0) return std::unexpected(Error::invalid("offset", "At least 0.").because("out_of_range", 0));
  if (limit < 1 || limit > kMentoringPageMax) {
    return std::unexpected(Error::invalid("limit", "Between 1 and 500.").because("out_of_range", 1, kMentoringPageMax));
  }
  return read_value<MentoringRunPage>(s.store, [&](ReadTx& tx) -> Result<MentoringRunPage> {
    auto run = mentoring_store(tx).find_run(run_id);
    if (!run) return std::unexpected(no_run());
    return MentoringRunPage{*run, mentoring_store(tx).run_pairs(run_id, offset, limit),
                            mentoring_store(tx).run_unpaired(run_id), mentoring_store(tx).decisions()};
  });
}

Result<void> decide_mentoring_pair(Services& s, const Principal& who, Id mentor_id, Id mentee_id,
                                   std::optional<MentoringDecisionKind> kind) {
  SB_CHECK(staff_only(who));
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    auto mentor = mentoring_store(tx).find_mentor(mentor_id);
    if (!mentor || mentor->withdrawn_at) return std::unexpected(Error::invalid("mentor_id", "No open application.").because("not_found"));
    auto mentee = mentoring_store(tx).find_mentee(mentee_id);
    if (!mentee || mentee->withdrawn_at) return std::unexpected(Error::invalid("mentee_id", "No open application.").because("not_found"));
    if (kind == MentoringDecisionKind::lock) {
      // The engine refuses a mentee locked twice or a mentor locked beyond capacity: refuse it here, at the click.
      int mentor_locks = 0;
      for (const auto& d : mentoring_store(tx).decisions()) {
        if (d.kind != MentoringDecisionKind::lock || (d.mentor_id == mentor_id && d.mentee_id == mentee_id)) continue;
        if (d.mentee_id == mentee_id) {
          return std::unexpected(Error{ErrorCode::conflict, "This mentee is locked to another mentor.", "mentee_id"}
                                     .because("mentee_locked_elsewhere"));
        }
        if (d.mentor_id == mentor_id) ++mentor_locks;
      }
      if (mentor_locks >= mentor->mentor.capacity) {
        return std::unexpected(Error{ErrorCode::conflict, "All of this mentor's places are locked.", "mentor_id"}
                                   .because("mentor_full", 0, mentor->mentor.capacity));
      }
    }
    return mentoring_store(tx).set_decision(mentor_id, mentee_id, kind);
  });
}

Result<MentoringRunDiff> diff_mentoring_runs(Services& s, const Principal& who, Id from_run, Id to_run) {
  SB_CHECK(staff_only(who));
  return read_value<MentoringRunDiff>(s.store, [&](ReadTx& tx) -> Result<MentoringRunDiff> {
    auto from = mentoring_store(tx).find_run(from_run);
    auto to = mentoring_store(tx).find_run(to_run);
    if (!from || !to) return std::unexpected(no_run());
    MentoringRunDiff diff{*from, *to, {}, {}};
    const auto a = all_pairs(tx, from_run);
    const auto b = all_pairs(tx, to_run);
    auto key = [](const MentoringRunPair& p) { return std::pair{p.mentor_id, p.mentee_id}; };
    std::set<std::pair<Id, Id>> in_a, in_b;
    for (const auto& p : a) in_a.insert(key(p));
    for (const auto& p : b) in_b.insert(key(p));
    for (const auto& p : b) {
      if (!in_a.contains(key(p))) diff.added.push_back(p);
    }
    for (const auto& p : a) {
      if (!in_b.contains(key(p))) diff.removed.push_back(p);
    }
    return diff;
  });
}

Result<std::vector<MentoringPair>> publish_mentoring_run(Services& s, const Principal& who, Id run_id) {
  SB_CHECK(staff_only(who));
  std::vector<Mail> mails;
  auto published = write_value<std::vector<MentoringPair>>(s.store, [&](WriteTx& tx) -> Result<std::vector<MentoringPair>> {
    if (!mentoring_store(tx).find_run(run_id)) return std::unexpected(no_run());
    // A run made before the last publication does not know its pairs: publishing it could pair a mentee twice.
    for (const auto& run : mentoring_store(tx).runs()) {
      if (run.published_at && run.id >= run_id) {
        return std::unexpected(Error{ErrorCode::conflict, "A run as new or newer is published already; pair again.", "run"}
                                   .because(run.id == run_id ? "already_published" : "stale_run"));
      }
    }
    SB_TRY(pairs, mentoring_store(tx).publish_run(run_id, s.clock.now()));
    // The round's webinar and pairing meeting still to come travel with each introduction as an .ics.
    const auto events_ics = mentoring_events_attachment(
        mentoring_store(tx).events(current_mentoring_round(s.clock.now())), s.clock.now(), s.public_base_url);
    std::map<Id, std::string> set_password_links;  // per mentor application made an account now
    for (auto& p : pairs) {
      auto mentor = mentoring_store(tx).find_mentor(p.mentor_id);
      if (!mentor) continue;
      if (!mentor->user_id && !mentor->email.empty()) {
        auto user = organisation(tx).find_user_by_email(mentor->email);
        Id user_id = 0;
        if (user) {
          user_id = user->id;
        } else {
          User fresh;
          fresh.email = mentor->email;
          fresh.name = mentor->mentor.name;
          fresh.created_at = s.clock.now();
          SB_TRY(id, organisation(tx).insert_user(fresh));
          user_id = id;
          const auto token = s.secrets.new_token();
          SB_CHECK(organisation(tx).insert_password_reset(
              {s.secrets.hash_token(token), user_id, s.clock.now() + kSetPasswordLifetime, false}));
          set_password_links[mentor->id] = s.public_base_url + "/wachtwoord-herstellen?token=" + token;
        }
        SB_CHECK(mentoring_store(tx).set_mentor_user(mentor->id, user_id));
        p.mentor_user_id = user_id;
      } else {
        p.mentor_user_id = mentor->user_id;
      }
      const auto link = s.public_base_url + "/mentoring/koppels/" + std::to_string(p.id);
      if (!p.mentor_email.empty()) {
        const auto it = set_password_links.find(mentor->id);
        mails.push_back(introduction(p, p.mentor_email, true, link, it == set_password_links.end() ? "" : it->second));
        if (it != set_password_links.end()) set_password_links.erase(it);  // one link, in the first introduction
        if (events_ics) mails.back().attachments.push_back(*events_ics);
      }
      if (p.mentee_user_id) {
        if (auto mentee_user = organisation(tx).find_user(*p.mentee_user_id)) {
          mails.push_back(introduction(p, mentee_user->email, false, link, ""));
          if (events_ics) mails.back().attachments.push_back(*events_ics);
        }
      }
    }
    return pairs;
  });
  if (!published) return published;
  for (auto& mail : mails) s.mailer.send(std::move(mail));
  return published;
}

Result<std::string> export_mentoring_pool(Services& s, const Principal& who, PoolSide side) {
  SB_CHECK(staff_only(who));
  SB_TRY(pool, read_value<MentoringPoolView>(s.store, [&](ReadTx& tx) -> Result<MentoringPoolView> { return load_pool(tx); }));
  std::vector<std::vector<std::string>> rows;
  if (side == PoolSide::mentors) {
    rows.push_back({"id", "naam", "organisatie", "functie", "spoor", "jaren_in_rol", "teamgrootte",
                    "jaren_continu_verbeteren", "capaciteit", "regio", "gemeente", "andere_regio_toegestaan",
                    "sectoren", "vorm", "maanden", "onderwerpen"});
    for (const auto& a : pool.mentors) {
      const auto& m = a.mentor;
      rows.push_back({m.id, m.name, m.organisation, m.role, std::string(track_name(m.track)),
                      std::to_string(m.years_in_role), std::to_string(m.team_size),
                      std::to_string(m.years_ci_experience), std::to_string(m.capacity), m.region, m.municipality,
                      m.region_scope == mentoring::RegionScope::any_region ? "ja" : "nee",
                      sectors_text(m.preferred_sectors), mode_text(m.mode), months_text(m.months), m.topics});
    }
  } else {
    std::map<Id, std::string> locked;
    std::map<Id, std::string> forbidden;
    for (const auto& d : pool.decisions) {
      const auto mentor = "M" + std::to_string(d.mentor_id);
      if (d.kind == MentoringDecisionKind::lock) locked[d.mentee_id] = mentor;
      else forbidden[d.mentee_id] += (forbidden[d.mentee_id].empty() ? "" : ", ") + mentor;
    }
    rows.push_back({"id", "naam", "school", "rol", "sector", "regio", "gemeente", "vorm", "maanden", "onderwerpen",
                    "inspiratieprogramma", "vaste_mentor", "niet_koppelen_met"});
    for (const auto& a : pool.mentees) {
      const auto& m = a.mentee;
      rows.push_back({m.id, m.name, m.school, m.role_text, sectors_text(static_cast<mentoring::SectorSet>(m.sector)),
                      m.region, m.municipality, mode_text(m.mode), months_text(m.months), m.topics, "ja",
                      locked[a.id], forbidden[a.id]});
    }
  }
  return mentoring::write_csv(rows, mentoring::ByteOrderMark::include);
}

Result<PoolImport> import_mentoring_pool(Services& s, const Principal& who, PoolSide side, std::string_view csv) {
  SB_CHECK(staff_only(who));
  PoolImport outcome;
  const UnixTime now = s.clock.now();
  if (side == PoolSide::mentors) {
    auto sheet = mentoring::read_mentors_csv(csv);
    if (!sheet.errors.empty()) {
      outcome.errors = std::move(sheet.errors);
      return outcome;
    }
    SB_CHECK(s.store.write([&](WriteTx& tx) -> Result<void> {
      for (auto& mentor : sheet.mentors) {
        MentorApplication a;
        const auto existing_id = application_id(mentor.id, 'M');
        auto existing = existing_id ? mentoring_store(tx).find_mentor(*existing_id) : std::nullopt;
        if (existing && !existing->withdrawn_at) {
          a = *existing;
          a.mentor = mentor;
          a.updated_at = now;
          SB_CHECK(mentoring_store(tx).update_mentor(a));
          ++outcome.updated;
        } else {
          a.mentor = mentor;
          a.created_at = a.updated_at = now;
          SB_TRY(id, mentoring_store(tx).insert_mentor(a));
          a.id = id;
          ++outcome.added;
        }
      }
      return ok();
    }));
    return outcome;
  }
  auto sheet = mentoring::read_mentees_csv(csv);
  if (!sheet.errors.empty()) {
    outcome.errors = std::move(sheet.errors);
    return outcome;
  }
  auto written = s.store.write([&](WriteTx& tx) -> Result<void> {
    std::map<std::string, Id> ids;  // the sheet's mentee id -> application id
    for (auto& mentee : sheet.mentees) {
      MenteeApplication a;
      const auto existing_id = application_id(mentee.id, 'S');
      auto existing = existing_id ? mentoring_store(tx).find_mentee(*existing_id) : std::nullopt;
      if (existing && !existing->withdrawn_at) {
        a = *existing;
        a.mentee.mode = mentee.mode;
        a.mentee.months = mentee.months;
        a.mentee.topics = mentee.topics;
        a.mentee.municipality = mentee.municipality;
        a.updated_at = now;
        SB_CHECK(mentoring_store(tx).update_mentee(a));
        ++outcome.updated;
      } else {
        if (mentee.role == mentoring::MenteeRole::other) {
          outcome.errors.push_back({mentee.source_line, "rol",
                                    {"kolom rol: alleen schoolleiders en schoolcoaches",
                                     "column rol: only school leaders and school coaches"}});
          continue;
        }
        a.mentee = mentee;
        a.mentee.role_text = mentee.role == mentoring::MenteeRole::schoolcoach ? "schoolcoach" : "schoolleider";
        a.created_at = a.updated_at = now;
        SB_TRY(id, mentoring_store(tx).insert_mentee(a));
        a.id = id;
        ++outcome.added;
      }
      ids[mentee.id] = a.id;
    }
    auto decide = [&](const mentoring::PairIds& pair, MentoringDecisionKind kind) -> Result<void> {
      const auto mentor = application_id(pair.mentor_id, 'M');
      if (!mentor || !mentoring_store(tx).find_mentor(*mentor)) {
        outcome.errors.push_back({0, kind == MentoringDecisionKind::lock ? "vaste_mentor" : "niet_koppelen_met",
                                  {"mentor " + pair.mentor_id + " staat niet in de pool",
                                   "mentor " + pair.mentor_id + " is not in the pool"}});
        return ok();
      }
      return mentoring_store(tx).set_decision(*mentor, ids[pair.mentee_id], kind);
    };
    for (const auto& pair : sheet.locked) SB_CHECK(decide(pair, MentoringDecisionKind::lock));
    for (const auto& pair : sheet.forbidden) SB_CHECK(decide(pair, MentoringDecisionKind::forbid));
    if (!outcome.errors.empty()) {
      return std::unexpected(Error::invalid("csv", "The sheet has rows that cannot be imported.").because("bad_rows"));
    }
    return ok();
  });
  if (!outcome.errors.empty()) {  // rolled back: the errors say why
    outcome.added = outcome.updated = 0;
    return outcome;
  }
  SB_CHECK(written);
  return outcome;
}

}  // namespace sb
