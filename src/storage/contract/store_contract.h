// The fixture of the store contract suites: each module has one
// (modules/<module>/contract) that every Store implementation must pass —
// round trips, uniqueness, cascades, atomicity of a failed write, tenant
// isolation of the listing queries. A suite derives its class from
// StoreContract; an implementation's test instantiates it with a factory.
//
// Thread-safety: test code.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "kernel/ports/store.h"

namespace sb::contract {

struct StoreFactory {
  std::string name;
  // Creates an empty store whose files live under `folder`.
  std::function<std::unique_ptr<Store>(const std::filesystem::path& folder)> make;
  // Whether this machine can run it (PostgreSQL needs a server); unset: always. Otherwise the tests skip.
  std::function<bool()> available = nullptr;
};

inline void PrintTo(const StoreFactory& factory, std::ostream* out) {
  *out << factory.name;
}

class StoreContract : public testing::TestWithParam<StoreFactory> {
 protected:
  void SetUp() override;
  void TearDown() override;
  std::filesystem::path folder_;
  std::unique_ptr<Store> store_;
};

}  // namespace sb::contract
