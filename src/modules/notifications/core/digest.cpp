#include "modules/notifications/core/digest.h"

#include <memory>

#include "modules/board/core/my_work.h"
#include "modules/board/core/rules.h"
#include "modules/notifications/core/mails.h"
#include "modules/notifications/core/recipients.h"
#include "modules/notifications/core/store.h"
#include "modules/notifications/core/weekly.h"
#include "modules/organisation/core/auth.h"

namespace sb {

Result<DigestOutcome> send_weekly_digest(Services& s) {
  const auto now = s.clock.now();
  const auto week = digest_week(now);
  const auto today = date_of(now);
  return write_value<DigestOutcome>(s.store, [&](WriteTx& tx) -> Result<DigestOutcome> {
    DigestOutcome outcome{week.monday, false, 0};
    if (notifications(tx).mailing_done(Topic::overdue_digest, week.monday)) {
      outcome.done_before = true;
      return outcome;
    }
    for (auto user_id : owners_of_overdue_actions(tx, today)) {
      if (!notifications(tx).wants(user_id, Topic::overdue_digest)) continue;
      auto person = load_principal(tx, user_id);
      if (!person) continue;
      // Mijn acties as the person sees it now: only teams where they still hold a role.
      std::vector<MyAction> overdue;
      for (auto& action : open_actions_of(tx, *person, today)) {
        if (action.overdue) overdue.push_back(std::move(action));
      }
      if (overdue.empty()) continue;
      SB_CHECK(notifications(tx).insert_delivery({user_id, Topic::overdue_digest, week.monday, now}));
      send_after_commit(tx, s.mailer, overdue_digest_mail(person->user, overdue, s.public_base_url));
      ++outcome.mails;
    }
    SB_CHECK(notifications(tx).mark_mailing_done(Topic::overdue_digest, week.monday, now));
    return outcome;
  });
}

PeriodicJob weekly_digest_job() {
  // Said once per week and process: what the first run of the week found (also after a restart).
  auto reported = std::make_shared<std::string>();
  return {"weekly digest", 300, [reported](Services& s) -> Result<std::string> {
            SB_TRY(outcome, send_weekly_digest(s));
            if (outcome.week == *reported && outcome.done_before) return std::string();
            *reported = outcome.week;
            if (outcome.done_before) return "weekly digest of the week of " + outcome.week + ": sent before, nothing sent now";
            return "weekly digest of the week of " + outcome.week + ": " + std::to_string(outcome.mails) + " mail(s)";
          }};
}

}  // namespace sb
