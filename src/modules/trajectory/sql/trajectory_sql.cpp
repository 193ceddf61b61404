#include "modules/trajectory/sql/trajectory_sql.h"

#include "modules/trajectory/sql/sql_fee_store.h"
#include "modules/trajectory/sql/sql_meeting_store.h"
#include "modules/trajectory/sql/sql_trajectory_store.h"
#include "modules/trajectory/sql/sql_visit_store.h"

namespace sb::sql {

const std::vector<Migration>& trajectory_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& trajectory_postgres_migrations();  // generated from postgres/migrations/*.sql

Module trajectory_sql() {
  return {"trajectory", trajectory_sqlite_migrations(), trajectory_postgres_migrations(),
          [](Connection& connection, Parts& parts) {
            parts.make<SqlTrajectoryStore, TrajectoryReads, TrajectoryWrites>(connection);
            parts.make<SqlFeeStore, FeeReads, FeeWrites>(connection);
            parts.make<SqlVisitStore, VisitReads, VisitWrites>(connection);
            parts.make<SqlMeetingStore, MeetingReads, MeetingWrites>(connection);
          }};
}

}  // namespace sb::sql
