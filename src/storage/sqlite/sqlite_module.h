// SqliteModule: what a module brings to the SQLite store — its migrations
// (counted under its name) and its part of every unit of work. The composition
// root hands the store its modules in order (a module after those whose
// tables it refers to).
//
// SqliteParts holds the parts of one connection, made once when the
// connection opens, by interface type (BoardReads, BoardWrites, ...).
// Thread-safety: SqliteModule is a plain value; SqliteParts belongs to its connection.
#pragma once

#include <functional>
#include <memory>
#include <string_view>
#include <typeinfo>
#include <utility>
#include <vector>

#include "storage/sqlite/connection.h"
#include "storage/sqlite/migrations.h"

namespace sb::sqlite {

class SqliteParts {
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

struct SqliteModule {
  std::string_view name;
  std::vector<Migration> migrations;
  std::function<void(Connection&, SqliteParts&)> make_parts;
};

}  // namespace sb::sqlite
