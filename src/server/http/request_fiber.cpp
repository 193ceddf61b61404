#include "server/http/request_fiber.h"

#include <boost/context/fiber.hpp>
#include <boost/context/protected_fixedsize_stack.hpp>

#include <memory>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

#include "kernel/ports/waiter.h"

namespace sb::http {

namespace ctx = boost::context;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kStackBytes = 1024 * 1024;  // AddressSanitizer's redzones make frames larger
#else
constexpr std::size_t kStackBytes = 256 * 1024;
#endif
constexpr std::size_t kStacksKept = 256;

// Stacks with a guard page, kept for reuse: mapping and protecting a fresh one
// costs system calls on every request.
class StackPool {
 public:
  StackPool() = default;
  StackPool(const StackPool&) = delete;
  StackPool& operator=(const StackPool&) = delete;
  ~StackPool() {
    for (auto& stack : free_) allocator_.deallocate(stack);
  }
  ctx::stack_context allocate() {
    if (free_.empty()) return allocator_.allocate();
    auto stack = free_.back();
    free_.pop_back();
    return stack;
  }
  void deallocate(ctx::stack_context& stack) {
#if defined(__SANITIZE_ADDRESS__)
    // The last frames of a finished fiber never return, so their redzones are still marked.
    ASAN_UNPOISON_MEMORY_REGION(static_cast<char*>(stack.sp) - stack.size, stack.size);
#endif
    if (free_.size() < kStacksKept) free_.push_back(stack);
    else allocator_.deallocate(stack);
  }

 private:
  ctx::protected_fixedsize_stack allocator_{kStackBytes};
  std::vector<ctx::stack_context> free_;
};

// A fiber starts and ends on one I/O thread, so each thread has its own pool.
thread_local StackPool stack_pool;

// Boost.Context's StackAllocator: copied into the fiber, so it only points at the pool (and
// tells the fiber which stack it got).
struct PooledStack {
  StackPool* pool;
  ctx::stack_context* given;
  ctx::stack_context allocate() { return *given = pool->allocate(); }
  void deallocate(ctx::stack_context& stack) noexcept { pool->deallocate(stack); }
};

// AddressSanitizer must hear of every switch between the thread's stack and a fiber's, or it takes
// the other stack's frames for overflows. Boost.Context's default switch (fcontext) does not tell
// it, so the fiber does (the protocol of sanitizer/common_interface_defs.h). No-ops otherwise.
class StackSwitchNotes {
 public:
#if defined(__SANITIZE_ADDRESS__)
  void leaving(const void* to_bottom, std::size_t to_size) { __sanitizer_start_switch_fiber(&fake_stack_, to_bottom, to_size); }
  void leaving_for_good(const void* to_bottom, std::size_t to_size) { __sanitizer_start_switch_fiber(nullptr, to_bottom, to_size); }
  void arrived(const void** from_bottom = nullptr, std::size_t* from_size = nullptr) {
    __sanitizer_finish_switch_fiber(fake_stack_, from_bottom, from_size);
  }

 private:
  void* fake_stack_ = nullptr;
#else
  void leaving(const void*, std::size_t) {}
  void leaving_for_good(const void*, std::size_t) {}
  void arrived(const void** = nullptr, std::size_t* = nullptr) {}
#endif
};

class RequestFiber final : public WaiterSource, public std::enable_shared_from_this<RequestFiber> {
 public:
  RequestFiber(std::function<void()> body, PostToThisThread post, std::function<void()> finished)
      : body_(std::move(body)), post_(std::move(post)), finished_(std::move(finished)) {
    fiber_ = ctx::fiber(std::allocator_arg, PooledStack{&stack_pool, &stack_}, [this](ctx::fiber&& thread) {
      in_fiber_.arrived(&thread_stack_bottom_, &thread_stack_size_);
      thread_ = std::move(thread);
      body_();
      in_fiber_.leaving_for_good(thread_stack_bottom_, thread_stack_size_);
      return std::move(thread_);
    });
  }

  // On the I/O thread: runs the fiber until it pauses or finishes. While it runs, a wait made
  // inside it pauses the fiber (WaiterSourceScope); once it has paused, waits block again.
  void resume() {
    {
      WaiterSourceScope fiber_waits(this);
      on_thread_.leaving(static_cast<char*>(stack_.sp) - stack_.size, stack_.size);
      fiber_ = std::move(fiber_).resume();
      on_thread_.arrived();
    }
    if (!fiber_) finished_();
  }

  std::shared_ptr<Waiter> make_waiter() override { return std::make_shared<FiberWaiter>(shared_from_this()); }

 private:
  // Woken from any thread, it hands the fiber back to its own thread. A posted resume can only run
  // after the fiber paused: it paused to give that thread back.
  class FiberWaiter final : public Waiter {
   public:
    explicit FiberWaiter(std::shared_ptr<RequestFiber> fiber) : fiber_(std::move(fiber)) {}
    void wake() override {
      fiber_->post_([fiber = fiber_] { fiber->resume(); });
    }
    void wait() override { fiber_->pause(); }

   private:
    std::shared_ptr<RequestFiber> fiber_;
  };

  // Inside the fiber: gives the thread back until resume().
  void pause() {
    in_fiber_.leaving(thread_stack_bottom_, thread_stack_size_);
    thread_ = std::move(thread_).resume();
    in_fiber_.arrived(&thread_stack_bottom_, &thread_stack_size_);
  }

  std::function<void()> body_;
  PostToThisThread post_;
  std::function<void()> finished_;
  ctx::fiber fiber_;   // the paused fiber, while the thread does other work
  ctx::fiber thread_;  // the thread's own context, while the fiber runs
  ctx::stack_context stack_;  // the fiber's (sp is its top: stacks grow down)
  StackSwitchNotes on_thread_, in_fiber_;
  const void* thread_stack_bottom_ = nullptr;
  std::size_t thread_stack_size_ = 0;
};

}  // namespace

void start_request_fiber(std::function<void()> body, PostToThisThread post, std::function<void()> finished) {
  auto fiber = std::make_shared<RequestFiber>(std::move(body), std::move(post), std::move(finished));
  fiber->resume();  // a fiber that waits is kept alive by its waiter until it is woken
}

}  // namespace sb::http
