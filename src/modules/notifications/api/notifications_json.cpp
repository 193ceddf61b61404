#include "modules/notifications/api/notifications_json.h"

namespace sb::api {

Result<std::vector<Preference>> read_preference_changes(BodyReader& body) {
  std::vector<Preference> changes;
  for (auto topic : kTopics) {
    SB_TRY(wanted, body.optional_bool(to_string(topic)));
    if (wanted) changes.push_back({topic, *wanted});
  }
  SB_CHECK(body.finish());
  return changes;
}

}  // namespace sb::api
