#include "modules/notifications/core/preferences.h"

#include "modules/notifications/core/store.h"

namespace sb {
namespace {

std::vector<Preference> preferences_of(ReadTx& tx, Id user_id) {
  std::vector<Preference> out;
  for (auto topic : kTopics) out.push_back({topic, notifications(tx).wants(user_id, topic)});
  return out;
}

}  // namespace

Result<std::vector<Preference>> get_preferences(Services& s, const Principal& who) {
  return read_value<std::vector<Preference>>(s.store, [&](ReadTx& tx) -> Result<std::vector<Preference>> {
    return preferences_of(tx, who.user.id);
  });
}

Result<std::vector<Preference>> set_preferences(Services& s, const Principal& who, const std::vector<Preference>& changes) {
  return write_value<std::vector<Preference>>(s.store, [&](WriteTx& tx) -> Result<std::vector<Preference>> {
    for (const auto& change : changes) SB_CHECK(notifications(tx).set_wanted(who.user.id, change.topic, change.wanted));
    return preferences_of(tx, who.user.id);
  });
}

}  // namespace sb
