// A module's SQLite schema as an ordered list of migrations, generated at
// build time from the module's sqlite/migrations/*.sql (one function per
// module, e.g. board_migrations()). A migration, once released, is never
// edited: changes come as a new file with the next number.
#pragma once

#include <string_view>
#include <vector>

namespace sb::sqlite {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

}  // namespace sb::sqlite
