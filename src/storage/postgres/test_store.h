// Test stores on PostgreSQL: each one in a schema of its own, made fresh in
// the database that SAMENBETER_TEST_POSTGRES names (a libpq conninfo in
// key=value form, e.g. "host=/tmp/pg port=5440 user=postgres dbname=postgres";
// scripts/postgres-cluster.sh prints one) and dropped when the store closes.
// Without that variable the PostgreSQL tests skip. Test code only.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kernel/ports/store.h"
#include "storage/contract/store_contract.h"
#include "storage/sql/module.h"

namespace sb::postgres {

// The conninfo of the test database, if this machine has one.
std::optional<std::string> test_database();

// A PostgresStore with `modules` in a new schema of the test database.
Result<std::unique_ptr<Store>> open_test_store(std::vector<sql::Module> modules);

// The contract suites' factory: named "postgres", skipped without a test database.
contract::StoreFactory test_store_factory(std::function<std::vector<sql::Module>()> modules);

}  // namespace sb::postgres
