// The SQLite schema as an ordered list of migrations, generated at build time
// from migrations/*.sql. A migration, once released, is never edited: changes
// come as a new file with the next number.
#pragma once

#include <string_view>
#include <vector>

namespace sb::sqlite {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

const std::vector<Migration>& migrations();

}  // namespace sb::sqlite
