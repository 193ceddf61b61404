#include "modules/notifications/core/model.h"

#include "kernel/enum_names.h"

namespace sb {
namespace {

constexpr EnumNames<Topic, 3> kTopicNames{{
    {Topic::action_assigned, "action_assigned"},
    {Topic::obstacle_answered, "obstacle_answered"},
    {Topic::overdue_digest, "overdue_digest"},
}};

}  // namespace

std::string_view to_string(Topic topic) { return name_in(kTopicNames, topic); }
std::optional<Topic> parse_topic(std::string_view text) { return parse_in(kTopicNames, text); }

}  // namespace sb
