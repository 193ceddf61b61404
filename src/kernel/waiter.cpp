#include "kernel/ports/waiter.h"

#include <condition_variable>
#include <mutex>

namespace sb {

namespace {

thread_local WaiterSource* installed_source = nullptr;

// Sleeps on a condition variable. (std::atomic::wait spins with sched_yield
// first, which with a dozen writes waiting for one commit took a third of the
// waiting threads' time.)
class BlockingWaiter final : public Waiter {
 public:
  void wake() override {
    {
      std::lock_guard lock(mutex_);
      woken_ = true;
    }
    woken_signal_.notify_one();
  }
  void wait() override {
    std::unique_lock lock(mutex_);
    woken_signal_.wait(lock, [this] { return woken_; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable woken_signal_;
  bool woken_ = false;
};

}  // namespace

std::shared_ptr<Waiter> make_waiter() {
  if (installed_source) return installed_source->make_waiter();
  return std::make_shared<BlockingWaiter>();
}

WaiterSourceScope::WaiterSourceScope(WaiterSource* source) : previous_(installed_source) { installed_source = source; }
WaiterSourceScope::~WaiterSourceScope() { installed_source = previous_; }

}  // namespace sb
