#include "modules/trajectory/core/meetings_demo.h"

#include <array>

#include "kernel/dates.h"
#include "modules/organisation/core/store.h"
#include "modules/trajectory/core/meeting_store.h"

namespace sb {
namespace {

struct DemoMeeting {
  MeetingKind kind;
  const char* school;
  const char* address;
  int days_from_now;
  int start_minutes;
  int end_minutes;
  int capacity;
  const char* notes;
  int signups;  // groups of people signed up, from kPeople in turn
  bool attendance;
};

const std::array<DemoMeeting, 4> kMeetings{{
    {MeetingKind::information, "OBS De Regenboog", "Regenbooglaan 12, Zwolle", 14, 19 * 60 + 30, 21 * 60 + 30, 30,
     "Kennismaken met de aanpak: een bordsessie live, en vragen aan leraren die er al mee werken.", 3, false},
    {MeetingKind::information, "Da Vinci Lyceum", "Leonardoweg 4, Groningen", 24, 15 * 60 + 30, 17 * 60, 8,
     "Voor schoolleiders en leraren uit het voortgezet onderwijs.", 3, false},
    {MeetingKind::exchange, "ROC Vakcollege Midden", "Stationsplein 20, Utrecht", 38, 13 * 60, 16 * 60 + 30, 40,
     "Regionale uitwisseling: scholen laten elkaar hun borden zien en wisselen lesontwerpen uit.", 2, false},
    {MeetingKind::exchange, "Het Baken College", "Bakenweg 1, Zwolle", -30, 14 * 60, 16 * 60 + 30, 25,
     "Uitwisseling over de terugblik en het tweede jaar.", 3, true},
}};

struct DemoGroup {
  const char* school;
  std::array<std::pair<const char*, const char*>, 3> people;
  int size;
};

const std::array<DemoGroup, 4> kGroups{{
    {"OBS Het Kompas", {{{"Ilse Brouwer", "ilse.brouwer@kompas.example.nl"}, {"Ruben Kok", "ruben.kok@kompas.example.nl"},
                         {"Fatma Yilmaz", "fatma.yilmaz@kompas.example.nl"}}}, 3},
    {"Montessorischool De Linde", {{{"Joost de Wit", "joost.dewit@delinde.example.nl"}, {"", ""}, {"", ""}}}, 1},
    {"Gomarus College", {{{"Esther Veenstra", "e.veenstra@gomarus.example.nl"},
                          {"Mark Postma", "m.postma@gomarus.example.nl"}, {"", ""}}}, 2},
    {"CBS De Wegwijzer", {{{"Sara Hoekstra", "s.hoekstra@wegwijzer.example.nl"}, {"", ""}, {"", ""}}}, 1},
}};

}  // namespace

DemoStep meetings_demo() {
  return {"trajectory-meetings", [](WriteTx& tx, const DemoContext& ctx) -> Result<void> {
            auto& org = organisation(tx);
            auto school_named = [&](const char* name) -> std::optional<School> {
              for (const auto& s : org.list_schools()) {
                if (s.name == name) return s;
              }
              return std::nullopt;
            };
            const int today = static_cast<int>(*parse_date(amsterdam_date(ctx.now)));
            std::size_t group_turn = 0;
            for (const auto& demo : kMeetings) {
              const auto school = school_named(demo.school);
              if (!school) continue;
              Meeting meeting;
              meeting.kind = demo.kind;
              meeting.school_id = school->id;
              meeting.address = demo.address;
              meeting.starts_at = amsterdam_moment(today + demo.days_from_now, demo.start_minutes);
              meeting.ends_at = amsterdam_moment(today + demo.days_from_now, demo.end_minutes);
              meeting.capacity = demo.capacity;
              meeting.notes = demo.notes;
              meeting.created_at = ctx.now - 40 * 24 * 60 * 60;
              SB_TRY(meeting_id, meetings(tx).insert_meeting(meeting));
              for (int g = 0; g < demo.signups; ++g) {
                const auto& group = kGroups[group_turn++ % kGroups.size()];
                SB_TRY(taken, meetings(tx).take_meeting_places(meeting_id, group.size));
                if (!taken) break;
                SB_TRY(signup_id, meetings(tx).insert_meeting_signup(meeting_id, group.school, meeting.created_at + g * 3600));
                for (int p = 0; p < group.size; ++p) {
                  MeetingAttendee person;
                  person.meeting_id = meeting_id;
                  person.signup_id = signup_id;
                  person.name = group.people[p].first;
                  person.email = group.people[p].second;
                  SB_TRY(attendee_id, meetings(tx).insert_meeting_attendee(person));
                  // A held meeting has its attendance: everyone came but the last of a larger group.
                  if (demo.attendance) {
                    SB_CHECK(meetings(tx).set_meeting_attendance(meeting_id, attendee_id, !(group.size > 2 && p == group.size - 1)));
                  }
                }
              }
            }
            // CBS De Wegwijzer's leader (a demo account) invited the foundation after the information meeting.
            if (const auto wegwijzer = school_named("CBS De Wegwijzer")) {
              User leader;
              leader.email = "mirjam.bos@demo.samenbeter.nl";
              leader.name = "Mirjam Bos";
              leader.password_hash = ctx.password_hash;
              leader.created_at = ctx.now;
              SB_TRY(leader_id, org.insert_user(leader));
              Membership m;
              m.user_id = leader_id;
              m.role = Role::schoolleider;
              m.school_id = wegwijzer->id;
              SB_CHECK(drop_value(org.insert_membership(m)));
              FoundationInvitation invitation;
              invitation.school_id = wegwijzer->id;
              invitation.invited_by = leader_id;
              invitation.message = "Na de informatiebijeenkomst willen we graag verder praten. Kunt u langskomen?";
              invitation.created_at = ctx.now - 3 * 24 * 60 * 60;
              SB_CHECK(drop_value(meetings(tx).insert_foundation_invitation(invitation)));
            }
            return ok();
          }};
}

}  // namespace sb
