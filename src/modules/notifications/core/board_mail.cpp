#include "modules/notifications/core/board_mail.h"

#include <memory>
#include <optional>

#include "modules/board/core/board_state.h"
#include "modules/notifications/core/mails.h"
#include "modules/notifications/core/recipients.h"
#include "modules/notifications/core/store.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

class BoardMail final : public BoardNotices {
 public:
  explicit BoardMail(Services& s) : s_(s) {}

  Result<void> action_assigned(WriteTx& tx, const BoardItem& action, const std::vector<Id>& owners,
                               const Principal& by) override {
    for (auto owner : owners) {
      auto to = recipient(tx, owner, Topic::action_assigned, action.team_id);
      if (!to) continue;
      send_after_commit(tx, s_.mailer, action_assigned_mail(to->person.user, by.user.name, action, to->team_name,
                                                            to->school_name, s_.public_base_url));
    }
    return ok();
  }

  Result<void> obstacle_answered(WriteTx& tx, const BoardItem& obstacle, const Principal& by) override {
    auto to = recipient(tx, obstacle.created_by, Topic::obstacle_answered, obstacle.team_id);
    if (to) {
      send_after_commit(tx, s_.mailer,
                        obstacle_answered_mail(to->person.user, by.user.name, obstacle, to->team_name, s_.public_base_url));
    }
    return ok();
  }

 private:
  Services& s_;
};

}  // namespace

void install_board_mail(Services& s) { board_state(s).notices = std::make_shared<BoardMail>(s); }

}  // namespace sb
