// Waiter: how a caller waits for work that another thread finishes, such as a
// write waiting for its commit on the store's writer.
//
// On a plain thread a wait blocks the thread. A server that runs request
// handlers as fibers on its I/O threads installs a WaiterSource while a fiber
// runs (WaiterSourceScope): a wait then pauses only that fiber, and the thread
// serves other connections until the work is done. Core code never knows which.
//
// Thread-safety: a Waiter is woken from any thread, once; it is waited on by
// the one caller that made it.
#pragma once

#include <memory>

namespace sb {

class Waiter {
 public:
  virtual ~Waiter() = default;
  // Called once, from any thread, when the awaited work is done.
  virtual void wake() = 0;
  // Returns once wake() has been called; at once when it already was.
  virtual void wait() = 0;
};

class WaiterSource {
 public:
  virtual ~WaiterSource() = default;
  virtual std::shared_ptr<Waiter> make_waiter() = 0;
};

// A waiter for the calling context: the installed source's, or one that blocks the thread.
std::shared_ptr<Waiter> make_waiter();

// Installs `source` on this thread for the scope's lifetime (and restores the previous one).
class WaiterSourceScope {
 public:
  explicit WaiterSourceScope(WaiterSource* source);
  ~WaiterSourceScope();
  WaiterSourceScope(const WaiterSourceScope&) = delete;
  WaiterSourceScope& operator=(const WaiterSourceScope&) = delete;

 private:
  WaiterSource* previous_;
};

}  // namespace sb
