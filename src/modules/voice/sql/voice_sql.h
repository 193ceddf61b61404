// The voice module in SQL: its migrations for SQLite and PostgreSQL (sqlite/migrations,
// postgres/migrations, embedded) and
// its part of every unit of work (SqlVoiceStore). The composition root
// passes it to the store (SqliteStore or PostgresStore) after the organisation, whose schools, teams
// and users the rounds belong to.
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module voice_sql();

}  // namespace sb::sql
