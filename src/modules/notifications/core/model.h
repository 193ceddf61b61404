// The words of the notifications module: the topics a person is mailed about
// and can switch off one by one (each on until they do), and a delivery — one
// mail of a scheduled mailing, such as the weekly digest, sent to one person
// for one period. Thread-safety: plain values.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "kernel/model.h"

namespace sb {

// What a mail is about. The account page lists every topic with a switch; a
// module that mails people adds its topics here, so that list stays whole.
enum class Topic {
  action_assigned,    // someone gave you an action on a board
  obstacle_answered,  // the school leadership answered, resolved or took on your obstacle
  overdue_digest,     // once a week: your actions past their due date
};
inline constexpr std::array<Topic, 3> kTopics{Topic::action_assigned, Topic::obstacle_answered, Topic::overdue_digest};

std::string_view to_string(Topic topic);  // "action_assigned", ...
std::optional<Topic> parse_topic(std::string_view text);

// One mail of a scheduled mailing: to whom, about what, for which period (the
// weekly digest's period is its week, named by its Monday) and when.
struct Delivery {
  Id user_id = 0;
  Topic topic = Topic::overdue_digest;
  std::string period;
  UnixTime sent_at = 0;
};

}  // namespace sb
