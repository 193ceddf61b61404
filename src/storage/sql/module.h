// Module: what a module brings to a SQL store — its migrations for each
// database (counted under its name) and its part of every unit of work. The
// composition root hands the store its modules in order (a module after those
// whose tables it refers to).
//
// Parts holds the parts of one connection, made once when the connection
// opens, by interface type (BoardReads, BoardWrites, ...).
// Thread-safety: Module is a plain value; Parts belongs to its connection.
#pragma once

#include <functional>
#include <memory>
#include <string_view>
#include <typeinfo>
#include <utility>
#include <vector>

#include "storage/sql/connection.h"

namespace sb::sql {

// One schema change, generated at build time from a module's
// sqlite/migrations/*.sql or postgres/migrations/*.sql. Once released a
// migration is never edited: changes come as a new file with the next number.
struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

class Parts {
 public:
  // Makes one `Implementation` over the connection and registers it for each of `Interfaces`.
  template <class Implementation, class... Interfaces>
  void make(Connection& connection) {
    auto made = std::make_shared<Implementation>(connection);
    (found_.emplace_back(&typeid(Interfaces), static_cast<void*>(static_cast<Interfaces*>(made.get()))), ...);
    owned_.push_back(std::move(made));
  }
  void* find(const std::type_info& type) const {
    for (const auto& [registered, part] : found_) {
      if (*registered == type) return part;
    }
    return nullptr;
  }

 private:
  std::vector<std::pair<const std::type_info*, void*>> found_;
  std::vector<std::shared_ptr<void>> owned_;
};

struct Module {
  std::string_view name;
  std::vector<Migration> sqlite_migrations;
  std::vector<Migration> postgres_migrations;
  std::function<void(Connection&, Parts&)> make_parts;

  const std::vector<Migration>& migrations(Dialect dialect) const {
    return dialect == Dialect::sqlite ? sqlite_migrations : postgres_migrations;
  }
};

}  // namespace sb::sql
