// The rhythm module's SQLite part: its migrations and its store, for the
// composition root's list of modules (after the board: its links name the
// board's ambitions).
#pragma once

#include "storage/sqlite/sqlite_module.h"

namespace sb::sqlite {

SqliteModule rhythm_sqlite();

}  // namespace sb::sqlite
