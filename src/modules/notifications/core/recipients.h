// Who may be mailed about a team's board: a person who wants the topic and
// still holds a role where the team lives (the policy's view_board, asked with
// their memberships as they are now), with the team's and school's names for
// the mail. And the one way mail leaves a unit of work: after its commit.
// Thread-safety: functions of the caller's unit of work.
#pragma once

#include <optional>
#include <string>

#include "kernel/policy.h"
#include "kernel/ports/mailer.h"
#include "kernel/ports/store.h"
#include "modules/notifications/core/model.h"

namespace sb {

struct Recipient {
  Principal person;
  std::string team_name;
  std::string school_name;
};

// The person, when they want `topic` and may still see the board of `team_id`; nullopt otherwise.
std::optional<Recipient> recipient(ReadTx& tx, Id user_id, Topic topic, Id team_id);

// Hands `mail` to the mailer once `tx` is committed; never when it is rolled back.
void send_after_commit(WriteTx& tx, Mailer& mailer, Mail mail);

}  // namespace sb
