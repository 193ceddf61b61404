#include "kernel/ports/waiter.h"

#include <gtest/gtest.h>

#include <thread>

namespace sb {
namespace {

TEST(Waiter, OnAPlainThreadWaitReturnsAtOnceWhenAlreadyWoken) {
  auto waiter = make_waiter();
  waiter->wake();
  waiter->wait();  // would hang if the wake were lost
}

TEST(Waiter, OnAPlainThreadWaitBlocksUntilAnotherThreadWakes) {
  auto waiter = make_waiter();
  bool done = false;
  std::thread worker([&] {
    done = true;
    waiter->wake();
  });
  waiter->wait();
  EXPECT_TRUE(done);  // the wake orders the worker's write before the wait's return
  worker.join();
}

class CountingSource final : public WaiterSource {
 public:
  std::shared_ptr<Waiter> make_waiter() override {
    made += 1;
    return nullptr;
  }
  int made = 0;
};

TEST(Waiter, AnInstalledSourceMakesTheWaitersForItsScopeOnly) {
  CountingSource outer, inner;
  {
    WaiterSourceScope outer_scope(&outer);
    (void)make_waiter();
    {
      WaiterSourceScope inner_scope(&inner);
      (void)make_waiter();
    }
    (void)make_waiter();
  }
  EXPECT_NE(make_waiter(), nullptr);  // back to a blocking waiter
  EXPECT_EQ(outer.made, 2);
  EXPECT_EQ(inner.made, 1);
}

}  // namespace
}  // namespace sb
