#include "modules/notifications/core/weekly.h"

namespace sb {

DigestWeek digest_week(UnixTime now) {
  const DateText today = amsterdam_date(now);
  DateText monday = monday_of(today);
  UnixTime due = amsterdam_moment(*parse_date(monday), 8 * 60);
  if (now < due) {
    monday = format_date(*parse_date(monday) - 7);
    due = amsterdam_moment(*parse_date(monday), 8 * 60);
  }
  return {monday, due};
}

}  // namespace sb
