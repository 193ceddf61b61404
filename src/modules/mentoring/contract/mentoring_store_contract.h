// The mentoring module's store contract suite (see the .cpp): a store
// implementation's test instantiates it with its factory.
// Thread-safety: test code.
#pragma once

#include "storage/contract/store_contract.h"

namespace sb::contract {

class MentoringStoreContract : public StoreContract {};

}  // namespace sb::contract
