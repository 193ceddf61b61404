// The board's notices as mail (modules/board/core/board_notices.h): an action
// given to someone, an obstacle the leadership answered. install_board_mail()
// puts the mailer in the board's state; the notifications module's API does
// so when the server starts.
//
// A mail goes only to a person who (a) wants that topic (the account page's
// switches, on until switched off), (b) still holds a role in the board's team
// (the policy's view_board, with their memberships as they are now) and (c)
// was not the one who did it. It is composed inside the change's unit of work
// and handed to the Mailer after the commit (WriteTx::after_commit): never for
// a change that was rolled back.
// Thread-safety: installed before serving; then called from the store's writer.
#pragma once

#include "kernel/services.h"

namespace sb {

void install_board_mail(Services& s);

}  // namespace sb
