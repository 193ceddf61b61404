#include "modules/trajectory/sqlite/trajectory_sqlite.h"

#include "modules/trajectory/sqlite/sqlite_fee_store.h"
#include "modules/trajectory/sqlite/sqlite_meeting_store.h"
#include "modules/trajectory/sqlite/sqlite_trajectory_store.h"
#include "modules/trajectory/sqlite/sqlite_visit_store.h"

namespace sb::sqlite {

const std::vector<Migration>& trajectory_migrations();  // generated from migrations/*.sql

SqliteModule trajectory_sqlite() {
  return {"trajectory", trajectory_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteTrajectoryStore, TrajectoryReads, TrajectoryWrites>(connection);
            parts.make<SqliteFeeStore, FeeReads, FeeWrites>(connection);
            parts.make<SqliteVisitStore, VisitReads, VisitWrites>(connection);
            parts.make<SqliteMeetingStore, MeetingReads, MeetingWrites>(connection);
          }};
}

}  // namespace sb::sqlite
