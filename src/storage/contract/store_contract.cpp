#include "storage/contract/store_contract.h"

#include <random>

namespace sb::contract {

void StoreContract::SetUp() {
  if (GetParam().available && !GetParam().available()) GTEST_SKIP() << GetParam().name << " is not available here";
  std::random_device random;
  folder_ = std::filesystem::temp_directory_path() / ("sb-contract-" + std::to_string(random()));
  std::filesystem::create_directories(folder_);
  store_ = GetParam().make(folder_);
  ASSERT_TRUE(store_);
}

void StoreContract::TearDown() {
  store_.reset();
  std::filesystem::remove_all(folder_);
}

}  // namespace sb::contract
