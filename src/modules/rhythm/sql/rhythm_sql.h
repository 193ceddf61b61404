// The rhythm module's SQLite part: its migrations and its store, for the
// composition root's list of modules (after the board: its links name the
// board's ambitions).
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module rhythm_sql();

}  // namespace sb::sql
