#include "modules/notifications/sql/sql_notifications_store.h"

#include <string>
#include <string_view>

namespace sb::sql {
namespace {

// An INSERT into a table keyed by its columns (no id to read back); a duplicate is already_exists on `field`.
Result<void> insert_once(Statement& insert, std::string_view field) {
  auto result = insert.run();
  if (!result && result.error().code == ErrorCode::already_exists) result.error().field = std::string(field);
  return result;
}

}  // namespace

bool SqlNotificationsStore::wants(Id user_id, Topic topic) {
  auto q = db_.prepare("SELECT wanted FROM notification_preferences WHERE user_id = ? AND topic = ?");
  q.bind(1, user_id).bind(2, to_string(topic));
  return !q.step() || q.integer(0) != 0;
}

bool SqlNotificationsStore::mailing_done(Topic topic, std::string_view period) {
  auto q = db_.prepare("SELECT 1 FROM notification_mailings WHERE topic = ? AND period = ?");
  q.bind(1, to_string(topic)).bind(2, period);
  return q.step();
}

std::vector<Delivery> SqlNotificationsStore::list_deliveries(Id user_id) {
  auto q = db_.prepare(
      "SELECT user_id, topic, period, sent_at FROM notification_deliveries WHERE user_id = ? "
      "ORDER BY sent_at DESC, period DESC");
  q.bind(1, user_id);
  std::vector<Delivery> out;
  while (q.step()) {
    out.push_back({q.integer(0), parse_topic(q.text(1)).value_or(Topic::overdue_digest), q.text(2), q.integer(3)});
  }
  return out;
}

Result<void> SqlNotificationsStore::set_wanted(Id user_id, Topic topic, bool wanted) {
  auto q = db_.prepare(
      "INSERT INTO notification_preferences (user_id, topic, wanted) VALUES (?, ?, ?) "
      "ON CONFLICT (user_id, topic) DO UPDATE SET wanted = excluded.wanted");
  q.bind(1, user_id).bind(2, to_string(topic)).bind(3, std::int64_t{wanted ? 1 : 0});
  return q.run();
}

Result<void> SqlNotificationsStore::mark_mailing_done(Topic topic, std::string_view period, UnixTime at) {
  auto q = db_.prepare("INSERT INTO notification_mailings (topic, period, done_at) VALUES (?, ?, ?)");
  q.bind(1, to_string(topic)).bind(2, period).bind(3, at);
  return insert_once(q, "period");
}

Result<void> SqlNotificationsStore::insert_delivery(const Delivery& d) {
  auto q = db_.prepare("INSERT INTO notification_deliveries (user_id, topic, period, sent_at) VALUES (?, ?, ?, ?)");
  q.bind(1, d.user_id).bind(2, to_string(d.topic)).bind(3, d.period).bind(4, d.sent_at);
  return insert_once(q, "period");
}

}  // namespace sb::sql
