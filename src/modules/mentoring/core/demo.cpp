#include "modules/mentoring/core/demo.h"

#include <array>

#include "kernel/dates.h"
#include "modules/mentoring/core/applications.h"
#include "modules/mentoring/core/engine.h"
#include "modules/mentoring/core/meetings.h"
#include "modules/mentoring/core/rounds.h"
#include "modules/mentoring/core/store.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

constexpr UnixTime kDay = 86400;
constexpr std::array kFirst{"Anouk", "Bram", "Carla", "Daan", "Eva", "Femke", "Gijs", "Hanna", "Ivo", "Jasmijn",
                            "Koen", "Lisa", "Mark", "Nina"};
constexpr std::array kLast{"de Vries", "Jansen", "Visser", "Smit", "Bakker", "Mulder", "de Boer", "Peters",
                           "Hendriks", "Dekker", "Brouwer", "van Dijk"};
constexpr std::array kCompanies{"Zuivel Noord", "Havenlogistiek Delta", "Bouwgroep Eemland", "Verzekeraar Domstad",
                                "Chipfabriek Zuid", "Bakkerij Brabant", "Softwarehuis Midden"};
constexpr std::array kLeaderRoles{"Teamleider productie", "Operationeel manager", "Lean-manager", "CI-manager"};
constexpr std::array kExpertRoles{"Lean-expert", "CI-expert", "Scrum master", "Agile coach"};
constexpr std::array kTopics{"verbetercultuur, dagstart", "doelen stellen met teams", "obstakels oplossen, lean",
                             "coaching van teamleiders", "feedback, leiderschap"};

std::string person(std::size_t n) { return std::string(kFirst[n % kFirst.size()]) + " " + kLast[(n / kFirst.size() + n) % kLast.size()]; }

MentorApplication demo_mentor(std::size_t n, UnixTime now) {
  MentorApplication a;
  const bool leader = n % 2 == 0;
  a.email = "mentor" + std::to_string(n) + "@example.nl";
  a.mentor.name = person(n + 3);
  a.mentor.organisation = kCompanies[n % kCompanies.size()];
  a.mentor.role = leader ? kLeaderRoles[n % kLeaderRoles.size()] : kExpertRoles[n % kExpertRoles.size()];
  a.mentor.track = leader ? mentoring::Track::leidinggevende : mentoring::Track::expert;
  a.mentor.years_in_role = 3 + static_cast<int>(n % 8);
  a.mentor.team_size = leader ? 16 + static_cast<int>(n % 40) : 0;
  a.mentor.years_ci_experience = leader ? 2 : 5 + static_cast<int>(n % 6);
  a.mentor.capacity = n % 5 == 0 ? 2 : 1;
  a.mentor.region = kMentoringRegions[n % kMentoringRegions.size()];
  a.mentor.mode = n % 3 == 0 ? mentoring::MeetingMode::online : mentoring::MeetingMode::either;
  a.mentor.topics = kTopics[n % kTopics.size()];
  a.created_at = a.updated_at = now - 40 * kDay + static_cast<UnixTime>(n) * 3600;
  return a;
}

MenteeApplication demo_mentee(std::size_t n, UnixTime now) {
  MenteeApplication a;
  const bool coach = n % 2 == 1;
  a.mentee.name = person(n + 17);
  a.mentee.school = std::string(n % 3 == 0 ? "OBS " : "Basisschool ") + kLast[n % kLast.size()] + " " + std::to_string(n + 1);
  a.mentee.role = coach ? mentoring::MenteeRole::schoolcoach : mentoring::MenteeRole::schoolleider;
  a.mentee.role_text = coach ? "schoolcoach" : "schoolleider";
  a.mentee.sector = n % 4 == 3 ? mentoring::Sector::vo : mentoring::Sector::po;
  a.mentee.region = kMentoringRegions[n % kMentoringRegions.size()];
  a.mentee.topics = kTopics[(n + 2) % kTopics.size()];
  a.created_at = a.updated_at = now - 35 * kDay + static_cast<UnixTime>(n) * 3600;
  return a;
}

// The first school where this demo user is school leader or coach, with the role.
std::optional<std::pair<Id, Role>> school_role(WriteTx& tx, Id user_id) {
  for (const auto& m : organisation(tx).list_memberships_of_user(user_id)) {
    if ((m.role == Role::schoolleider || m.role == Role::schoolcoach) && m.school_id && !m.team_id) return std::pair{*m.school_id, m.role};
  }
  return std::nullopt;
}

Result<void> write_demo(WriteTx& tx, const DemoContext& demo) {
  auto& store = mentoring_store(tx);
  const UnixTime now = demo.now;
  const UnixTime published = now - 14 * kDay;
  auto leader = organisation(tx).find_user_by_email("schoolleider@demo.samenbeter.nl");
  auto coach = organisation(tx).find_user_by_email("schoolcoach@demo.samenbeter.nl");
  if (!leader) return ok();  // the organisation's demo names them; without it there is nothing to attach to

  // The demo mentor has an account and is paired (by a lock) with the demo school leader.
  User mentor_user;
  mentor_user.email = "mentor@demo.samenbeter.nl";
  mentor_user.name = "Marloes Vermeer";
  mentor_user.password_hash = demo.password_hash;
  mentor_user.created_at = now;
  SB_TRY(mentor_user_id, organisation(tx).insert_user(mentor_user));
  auto own = demo_mentor(0, now);
  own.email = mentor_user.email;
  own.mentor.name = mentor_user.name;
  own.mentor.organisation = "Kaizen Zorggroep";
  own.mentor.role = "Lean-manager";
  own.user_id = mentor_user_id;

  std::vector<Id> locks_for;  // [mentor application, mentee application]
  for (Id user_id : {leader->id, coach ? coach->id : Id{0}}) {
    if (user_id == 0) continue;
    const auto place = school_role(tx, user_id);
    if (!place) continue;
    SB_CHECK(store.set_school_in_programme(place->first, true));
    auto school = organisation(tx).find_school(place->first);
    MenteeApplication a = demo_mentee(0, now);
    a.user_id = user_id;
    a.school_id = place->first;
    a.mentee.name = organisation(tx).find_user(user_id)->name;
    a.mentee.school = school->name;
    a.mentee.role = place->second == Role::schoolcoach ? mentoring::MenteeRole::schoolcoach : mentoring::MenteeRole::schoolleider;
    a.mentee.role_text = place->second == Role::schoolcoach ? "schoolcoach" : "schoolleider";
    a.mentee.region = programme_region_of(tx, *school);
    a.mentee.sector = static_cast<mentoring::Sector>(1 << static_cast<int>(school->sector));
    if (user_id == leader->id) own.mentor.region = a.mentee.region;
    SB_TRY(id, store.insert_mentee(a));
    if (user_id == leader->id) locks_for.push_back(id);
  }
  SB_TRY(own_id, store.insert_mentor(own));
  if (!locks_for.empty()) SB_CHECK(store.set_decision(own_id, locks_for.front(), MentoringDecisionKind::lock));
  for (std::size_t n = 1; n < 40; ++n) {
    SB_TRY(id, store.insert_mentor(demo_mentor(n, now)));
    (void)id;
  }
  for (std::size_t n = 1; n < 49; ++n) {
    SB_TRY(id, store.insert_mentee(demo_mentee(n, now)));
    (void)id;
  }

  // The round: the engine over this pool, published two weeks ago (without mails: nobody is waiting for them).
  const auto mentors = store.open_mentors();
  const auto mentees = store.open_mentees();
  mentoring::Pool pool;
  for (const auto& m : mentors) pool.mentors.push_back(m.mentor);
  for (const auto& m : mentees) pool.mentees.push_back(m.mentee);
  pool.locked.push_back({"M" + std::to_string(own_id), "S" + std::to_string(locks_for.empty() ? 0 : locks_for.front())});
  if (locks_for.empty()) pool.locked.clear();
  SB_TRY(result, mentoring::match(pool));
  auto rows = rows_of_result(mentors, mentees, result);
  rows.run.created_at = published - 3600;
  SB_TRY(run_id, store.insert_run(rows.run, rows.pairs, rows.unpaired));
  SB_TRY(published_pairs, store.publish_run(run_id, published));

  // The round's own events, an hour each in November as the seed plans them: both behind us by now.
  const auto round = season_of(published);
  const int november = *parse_date(std::to_string(std::stoi(round.substr(0, 4))) + "-11-01");
  MentoringEvent webinar{round, MentoringEventKind::webinar, "Voorbereidend webinar",
                         amsterdam_moment(november + 4, 19 * 60 + 30), amsterdam_moment(november + 4, 20 * 60 + 30),
                         "", "https://webinar.example.nl/leerkracht-mentoring", 0, now};
  MentoringEvent pairing{round, MentoringEventKind::pairing_meeting, "Koppeling en planning bijeenkomsten",
                         amsterdam_moment(november + 18, 16 * 60), amsterdam_moment(november + 18, 17 * 60),
                         "Stichting leerKRACHT, Utrecht", "https://webinar.example.nl/leerkracht-koppeling", 0, now};
  SB_CHECK(store.save_event(webinar));
  SB_CHECK(store.save_event(pairing));

  // Meetings in every state; the first pair that is not the demo mentor's stays unplanned: behind schedule.
  const auto season = season_of(published);
  const UnixTime season_start = planning_deadline(season, 1);
  const UnixTime held_at = std::max(season_start + 10 * 3600, now - 2 * 3600);
  const UnixTime coming = std::max(season_start, now) + 7 * kDay;
  bool behind_done = false;
  int k = 0;
  for (const auto& pair : published_pairs) {
    const bool own_pair = pair.mentor_id == own_id;
    if (!own_pair && !behind_done) {
      behind_done = true;  // nothing planned although meeting 1 should have been planned by 1 December
      continue;
    }
    MentoringMeeting first{pair.id, 1, held_at <= now ? held_at : coming, k % 3 == 2 ? MeetingPlace::online : MeetingPlace::school,
                           MeetingHeld::unknown, "", "", std::nullopt, std::nullopt};
    if (held_at <= now && !own_pair) {
      first.held = k % 4 == 3 ? MeetingHeld::no : MeetingHeld::yes;
      if (first.held == MeetingHeld::yes) {
        first.log = "Kennisgemaakt en de dagstart van het team besproken";
        first.experiment = "Elke maandag een dagstart van tien minuten";
      }
    } else if (own_pair && held_at <= now) {
      first.held = MeetingHeld::yes;
      first.log = "Kennisgemaakt; de verbeterborden van het bedrijf en de school vergeleken";
      first.experiment = "Obstakels van het teambord binnen een week beantwoorden";
    }
    SB_CHECK(store.save_meeting(first));
    if (k % 2 == 0 || own_pair) {
      MentoringMeeting second{pair.id, 2, coming + 21 * kDay, MeetingPlace::company, MeetingHeld::unknown, "", "",
                              std::nullopt, std::nullopt};
      SB_CHECK(store.save_meeting(second));
    }
    ++k;
  }
  return ok();
}

}  // namespace

DemoStep mentoring_demo() { return {"mentoring", write_demo}; }

}  // namespace sb
