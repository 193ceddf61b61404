// What a module puts in a person's calendar feed (modules/calendar): a module
// registers a CalendarSource in the composition root (cli/modules.cpp,
// calendar_sources()), and the feed asks every source for the person's
// entries, so adding a module adds its entries without editing the feed.
// A source reads in its own unit of work and answers only what that person
// takes part in: the feed's token stands for the person, not for a role.
// Thread-safety: `events_for` is called from any request thread.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "kernel/ical.h"
#include "kernel/services.h"

namespace sb {

struct CalendarSource {
  std::string_view name;
  std::function<Result<std::vector<CalendarEvent>>(Services&, Id user_id, UnixTime now)> events_for;
};

}  // namespace sb
