#include "storage/postgres/test_store.h"

#include <cstdlib>
#include <random>

#include "storage/postgres/postgres_store.h"

namespace sb::postgres {

namespace {

// The store, and its schema dropped after it closes.
class SchemaStore final : public Store {
 public:
  SchemaStore(std::string conninfo, std::string schema, std::unique_ptr<PostgresStore> store)
      : conninfo_(std::move(conninfo)), schema_(std::move(schema)), store_(std::move(store)) {}
  ~SchemaStore() override {
    store_.reset();
    if (auto db = Connection::open(conninfo_)) (void)(*db)->exec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  }
  Result<void> read(const std::function<Result<void>(ReadTx&)>& work) override { return store_->read(work); }
  Result<void> write(const std::function<Result<void>(WriteTx&)>& work) override { return store_->write(work); }
  void write_in_background(std::function<Result<void>(WriteTx&)> work) override {
    store_->write_in_background(std::move(work));
  }

 private:
  std::string conninfo_;
  std::string schema_;
  std::unique_ptr<PostgresStore> store_;
};

}  // namespace

std::optional<std::string> test_database() {
  const char* conninfo = std::getenv("SAMENBETER_TEST_POSTGRES");
  if (!conninfo || !*conninfo) return std::nullopt;
  return std::string(conninfo);
}

Result<std::unique_ptr<Store>> open_test_store(std::vector<sql::Module> modules) {
  const auto conninfo = test_database();
  if (!conninfo) return std::unexpected(Error::internal("SAMENBETER_TEST_POSTGRES is not set"));
  std::random_device random;
  const std::string schema = "sb_test_" + std::to_string(random()) + std::to_string(random());
  {
    SB_TRY(db, Connection::open(*conninfo));
    SB_CHECK(db->exec("CREATE SCHEMA " + schema));
  }
  const std::string in_schema = *conninfo + " options='-csearch_path=" + schema + "'";
  SB_TRY(store, PostgresStore::open(in_schema, std::move(modules), StoreOptions{.connections = 2}));
  return std::unique_ptr<Store>(std::make_unique<SchemaStore>(*conninfo, schema, std::move(store)));
}

contract::StoreFactory test_store_factory(std::function<std::vector<sql::Module>()> modules) {
  return contract::StoreFactory{"postgres",
                                [modules](const std::filesystem::path&) -> std::unique_ptr<Store> {
                                  auto store = open_test_store(modules());
                                  if (!store) {
                                    ADD_FAILURE() << "Cannot open a PostgreSQL test store: " << store.error().message;
                                    return nullptr;
                                  }
                                  return std::move(*store);
                                },
                                [] { return test_database().has_value(); }};
}

}  // namespace sb::postgres
