// The Store contract: one GoogleTest suite that every Store implementation
// must pass — round trips, uniqueness, cascades, atomicity of a failed write,
// and tenant isolation of the listing queries. An implementation's test file
// instantiates it with a factory:
//
//   INSTANTIATE_TEST_SUITE_P(Sqlite, StoreContract, testing::Values(StoreFactory{...}));
//
// Thread-safety: test code.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "core/ports/store.h"

namespace sb::contract {

struct StoreFactory {
  std::string name;
  // Creates an empty store whose files live under `folder`.
  std::function<std::unique_ptr<Store>(const std::filesystem::path& folder)> make;
};

inline void PrintTo(const StoreFactory& factory, std::ostream* out) { *out << factory.name; }

class StoreContract : public testing::TestWithParam<StoreFactory> {
 protected:
  void SetUp() override;
  void TearDown() override;
  std::filesystem::path folder_;
  std::unique_ptr<Store> store_;
};

}  // namespace sb::contract
