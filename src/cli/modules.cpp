#include "cli/modules.h"

#include "modules/board/api/board_api.h"
#include "modules/board/core/demo.h"
#include "modules/board/sqlite/board_sqlite.h"
#include "modules/calendar/api/calendar_api.h"
#include "modules/calendar/sqlite/calendar_sqlite.h"
#include "modules/notifications/api/notifications_api.h"
#include "modules/notifications/core/digest.h"
#include "modules/notifications/sqlite/notifications_sqlite.h"
#include "modules/organisation/api/organisation_api.h"
#include "modules/organisation/core/demo.h"
#include "modules/organisation/sqlite/organisation_sqlite.h"
#include "modules/voice/api/voice_api.h"
#include "modules/voice/core/demo.h"
#include "modules/voice/core/rounds.h"
#include "modules/voice/sqlite/voice_sqlite.h"

namespace sb::cli {

std::vector<api::ApiModule> api_modules() {
  return {api::organisation_api(), api::board_api(), api::notifications_api(), api::calendar_api(calendar_sources()), api::voice_api()};
}

}  // namespace sb::cli

namespace sb::cli {

std::vector<sqlite::SqliteModule> sqlite_modules() {
  return {sqlite::organisation_sqlite(), sqlite::board_sqlite(), sqlite::notifications_sqlite(), sqlite::calendar_sqlite(), sqlite::voice_sqlite()};
}

}  // namespace sb::cli

namespace sb::cli {

std::vector<DemoStep> demo_steps() { return {organisation_demo(), board_demo(), voice_demo()}; }

}  // namespace sb::cli

namespace sb::cli {

std::vector<PeriodicJob> periodic_jobs() { return {weekly_digest_job(), voice_retention_job()}; }

}  // namespace sb::cli

namespace sb::cli {

std::vector<CalendarSource> calendar_sources() { return {}; }

}  // namespace sb::cli
