// SchoolCalendar: the school holidays as a module other than the one that
// keeps them needs them — the board lets a cycle run 6 to 8 school weeks, not
// counting the holiday weeks of the school's region. The rhythm module keeps
// the holidays and fills this in when its API is built; until then (the
// command line, a core test) no week is a holiday week.
// Thread-safety: set before serving, then only read.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "kernel/model.h"
#include "kernel/ports/store.h"
#include "kernel/services.h"

namespace sb {

struct HolidayWeek {
  std::string monday;  // YYYY-MM-DD
  std::string name;    // "kerstvakantie"
};

struct SchoolCalendar {
  // The holiday weeks of the school's region whose Monday lies from `from` to `to` (dates, inclusive).
  std::function<std::vector<HolidayWeek>(ReadTx&, Id school_id, const std::string& from, const std::string& to)>
      holiday_weeks;
};

inline SchoolCalendar& school_calendar(Services& s) { return s.modules.get<SchoolCalendar>(); }

}  // namespace sb
