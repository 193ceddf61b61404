// The mails of the notifications module, written in the recipient's language
// (User::locale), each with links into the app (Services::public_base_url):
// the card on its board, Mijn acties, and the account page where the person
// switches the mail off. Pure functions, so every text is tested as written.
// Thread-safety: pure functions.
#pragma once

#include <string_view>
#include <vector>

#include "kernel/ports/mailer.h"
#include "modules/board/core/model.h"
#include "modules/board/core/my_work.h"

namespace sb {

// `by_name` gave `to` the open action `action` on the board of `team_name`.
Mail action_assigned_mail(const User& to, std::string_view by_name, const BoardItem& action, std::string_view team_name,
                          std::string_view school_name, std::string_view base_url);
// `by_name` of the school leadership answered, resolved or took on `obstacle`, which `to` raised.
Mail obstacle_answered_mail(const User& to, std::string_view by_name, const BoardItem& obstacle,
                            std::string_view team_name, std::string_view base_url);
// The weekly digest: `overdue` are the person's overdue actions, in the order of Mijn acties.
Mail overdue_digest_mail(const User& to, const std::vector<MyAction>& overdue, std::string_view base_url);

// A date (YYYY-MM-DD) as the person reads it: 16-11-2026 in Dutch, 16 November 2026 in English.
std::string date_for(Locale locale, std::string_view date);

}  // namespace sb
