#include "modules/classboard/core/demo.h"

#include "kernel/access_codes.h"
#include "kernel/dates.h"
#include "modules/classboard/core/rules.h"
#include "modules/classboard/core/store.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

constexpr UnixTime kDay = 86400;
constexpr UnixTime kWeek = 7 * kDay;

Result<void> write_board(WriteTx& tx, Id school_id, Id team_id, Id owner_id, UnixTime now) {
  auto& store = class_boards(tx);
  ClassBoard board;
  board.school_id = school_id;
  board.team_id = team_id;
  board.owner_id = owner_id;
  board.class_name = "Groep 6";
  board.goal = "We werken rustig, zodat iedereen zich kan concentreren.";
  board.measure_kind = ClassMeasureKind::smiley;
  board.measure_label = "Hoe rustig was het deze week in de klas?";
  board.code = code_from_random(0xC1A55B0A4DULL);
  board.code_expires_at = now + kClassCodeLifetime;
  board.created_at = now - 4 * kWeek;
  SB_TRY(id, store.insert_class_board(board));
  const std::vector<std::pair<int, int>> weeks{{4, 1}, {3, 2}, {2, 2}, {1, 3}};  // weeks ago, smiley
  for (const auto& [ago, value] : weeks) {
    SB_CHECK(store.put_class_measurement(id, {monday_of(date_of(now - ago * kWeek)), value}));
  }
  const std::vector<ClassItem> items{
      {0, id, ClassItemKind::action, "Een stilteteken afspreken met de hele klas", true},
      {0, id, ClassItemKind::action, "Koptelefoons bij de leeshoek leggen", false},
      {0, id, ClassItemKind::action, "Na de pauze eerst twee minuten rustig ademen", false},
      {0, id, ClassItemKind::success, "Tijdens stillezen was het drie dagen helemaal stil", false},
      {0, id, ClassItemKind::obstacle, "Het is rumoerig als we van de gymzaal terugkomen", false},
  };
  for (const auto& item : items) SB_CHECK(store.insert_class_item(item));
  SB_TRY(approved, store.insert_class_idea(id, "Een lampje dat rood wordt als het te druk is"));
  SB_CHECK(store.approve_class_idea(approved));
  SB_CHECK(store.insert_class_idea(id, "Muziek zonder woorden tijdens het rekenen"));
  for (int ago = 3; ago >= 1; --ago) {
    const UnixTime started = now - ago * kWeek;
    SB_CHECK(store.insert_class_session(id, "demo-session-" + std::to_string(ago), started, started + 1800)
                 );
  }
  for (int i = 0; i < 12; ++i) SB_CHECK(store.next_class_board_seq(id));
  return ok();
}

}  // namespace

DemoStep classboard_demo() {
  return {"classboard", [](WriteTx& tx, const DemoContext& context) -> Result<void> {
            auto teacher = organisation(tx).find_user_by_email("leraar@demo.samenbeter.nl");
            if (!teacher) return ok();
            for (const auto& m : organisation(tx).list_memberships_of_user(teacher->id)) {
              if (m.role != Role::leraar || !m.team_id || !m.school_id) continue;
              return write_board(tx, *m.school_id, *m.team_id, teacher->id, context.now);
            }
            return ok();
          }};
}

}  // namespace sb
