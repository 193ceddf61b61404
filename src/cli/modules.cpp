#include "cli/modules.h"

#include "modules/academy/api/academy_api.h"
#include "modules/academy/core/demo.h"
#include "modules/academy/sql/academy_sql.h"
#include "modules/board/api/board_api.h"
#include "modules/board/core/demo.h"
#include "modules/board/core/rhythm_signals.h"
#include "modules/board/sql/board_sql.h"
#include "modules/calendar/api/calendar_api.h"
#include "modules/calendar/sql/calendar_sql.h"
#include "modules/classboard/api/classboard_api.h"
#include "modules/classboard/core/demo.h"
#include "modules/classboard/core/rhythm_signals.h"
#include "modules/classboard/sql/classboard_sql.h"
#include "modules/lessons/api/lessons_api.h"
#include "modules/lessons/core/calendar.h"
#include "modules/lessons/core/demo.h"
#include "modules/lessons/core/materials.h"
#include "modules/lessons/core/rhythm_signals.h"
#include "modules/lessons/sql/lessons_sql.h"
#include "modules/measurements/api/measurements_api.h"
#include "modules/measurements/core/demo.h"
#include "modules/measurements/sql/measurements_sql.h"
#include "modules/mentoring/api/mentoring_api.h"
#include "modules/mentoring/core/demo.h"
#include "modules/mentoring/core/meetings.h"
#include "modules/mentoring/sql/mentoring_sql.h"
#include "modules/notifications/api/notifications_api.h"
#include "modules/notifications/core/digest.h"
#include "modules/notifications/sql/notifications_sql.h"
#include "modules/organisation/api/organisation_api.h"
#include "modules/organisation/core/demo.h"
#include "modules/organisation/sql/organisation_sql.h"
#include "modules/programmes/api/programmes_api.h"
#include "modules/programmes/core/calendar.h"
#include "modules/programmes/core/demo.h"
#include "modules/programmes/core/invitations.h"
#include "modules/programmes/sql/programmes_sql.h"
#include "modules/rhythm/api/rhythm_api.h"
#include "modules/rhythm/core/demo.h"
#include "modules/rhythm/sql/rhythm_sql.h"
#include "modules/trajectory/api/trajectory_api.h"
#include "modules/trajectory/core/demo.h"
#include "modules/trajectory/core/meetings.h"
#include "modules/trajectory/core/meetings_demo.h"
#include "modules/trajectory/core/visits.h"
#include "modules/trajectory/sql/trajectory_sql.h"
#include "modules/voice/api/voice_api.h"
#include "modules/voice/core/demo.h"
#include "modules/voice/core/rhythm_signals.h"
#include "modules/voice/core/rounds.h"
#include "modules/voice/sql/voice_sql.h"

namespace sb::cli {

std::vector<api::ApiModule> api_modules() {
  return {
      api::organisation_api(),
      api::board_api(),
      api::notifications_api(),
      api::calendar_api(calendar_sources()),
      api::rhythm_api(rhythm_signal_sources()),
      api::trajectory_api(),
      api::lessons_api(),
      api::programmes_api(),
      api::voice_api(),
      api::measurements_api(),
      api::academy_api(),
      api::classboard_api(),
      api::mentoring_api(),
  };
}

std::vector<sql::Module> store_modules() {
  return {
      sql::organisation_sql(), sql::board_sql(),        sql::notifications_sql(), sql::calendar_sql(),
      sql::rhythm_sql(),       sql::trajectory_sql(),   sql::lessons_sql(),       sql::programmes_sql(),
      sql::voice_sql(),        sql::measurements_sql(), sql::academy_sql(),       sql::classboard_sql(),
      sql::mentoring_sql(),
  };
}

std::vector<DemoStep> demo_steps() {
  return {
      organisation_demo(), board_demo(),        rhythm_demo(),  trajectory_demo(), lessons_demo(),    programmes_demo(),
      voice_demo(),        measurements_demo(), academy_demo(), meetings_demo(),   classboard_demo(), mentoring_demo(),
  };
}

std::vector<PeriodicJob> periodic_jobs() {
  return {
      weekly_digest_job(),         visit_reminder_job(),     voice_retention_job(),
      lesson_material_sweep_job(), mentoring_reminder_job(),
      held_places_job(),
  };
}

std::vector<CalendarSource> calendar_sources() {
  return {
      visits_calendar_source(),   lesson_visit_source(),       programmes_calendar_source(),
      meetings_calendar_source(), mentoring_calendar_source(),
  };
}

std::vector<RhythmSignalSource> rhythm_signal_sources() {
  return {
      board_rhythm_source(),
      lessons_rhythm_source(),
      voice_rhythm_source(),
      classboard_rhythm_source(),
  };
}

}  // namespace sb::cli
