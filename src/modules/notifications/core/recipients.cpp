#include "modules/notifications/core/recipients.h"

#include "modules/notifications/core/store.h"
#include "modules/organisation/core/auth.h"
#include "modules/organisation/core/organisation.h"

namespace sb {

std::optional<Recipient> recipient(ReadTx& tx, Id user_id, Topic topic, Id team_id) {
  if (!notifications(tx).wants(user_id, topic)) return std::nullopt;
  auto person = load_principal(tx, user_id);
  if (!person) return std::nullopt;
  auto scope = scope_of_team(tx, team_id);
  if (!scope || !is_allowed(*person, Action::view_board, *scope)) return std::nullopt;
  auto team = organisation(tx).find_team(team_id);
  auto school = team ? organisation(tx).find_school(team->school_id) : std::nullopt;
  if (!team || !school) return std::nullopt;
  return Recipient{std::move(*person), team->name, school->name};
}

void send_after_commit(WriteTx& tx, Mailer& mailer, Mail mail) {
  tx.after_commit([&mailer, mail = std::move(mail)]() mutable { mailer.send(std::move(mail)); });
}

}  // namespace sb
