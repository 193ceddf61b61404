// The programmes module's store contract suite (see the .cpp): a store
// implementation's test instantiates it with its factory:
//
//   INSTANTIATE_TEST_SUITE_P(Sqlite, ProgrammesStoreContract, testing::Values(StoreFactory{...}));
//
// Thread-safety: test code.
#pragma once

#include "storage/contract/store_contract.h"

namespace sb::contract {

class ProgrammesStoreContract : public StoreContract {};

}  // namespace sb::contract
