#include "server/http/request_fiber.h"

#include <gtest/gtest.h>

#include <deque>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "kernel/ports/waiter.h"

namespace sb::http {
namespace {

// Stands in for an I/O thread's queue: tasks posted from any thread, run by the test's thread.
class TaskQueue {
 public:
  PostToThisThread poster() {
    return [this](std::function<void()> task) {
      std::lock_guard lock(mutex_);
      tasks_.push_back(std::move(task));
    };
  }
  // Runs what is queued now; returns how many ran.
  int run_queued() {
    std::deque<std::function<void()>> now;
    {
      std::lock_guard lock(mutex_);
      now.swap(tasks_);
    }
    for (auto& task : now) task();
    return static_cast<int>(now.size());
  }

 private:
  std::mutex mutex_;
  std::deque<std::function<void()>> tasks_;
};

TEST(RequestFiber, BodyThatNeverWaitsFinishesBeforeStartReturns) {
  TaskQueue queue;
  bool ran = false, finished = false;
  start_request_fiber([&] { ran = true; }, queue.poster(), [&] { finished = true; });
  EXPECT_TRUE(ran);
  EXPECT_TRUE(finished);
  EXPECT_EQ(queue.run_queued(), 0);
}

TEST(RequestFiber, WaitPausesOnlyTheFiberUntilWokenFromAnotherThread) {
  TaskQueue queue;
  std::shared_ptr<Waiter> waiter;
  std::vector<std::string> steps;
  bool finished = false;
  start_request_fiber(
      [&] {
        steps.push_back("before");
        waiter = make_waiter();
        waiter->wait();
        steps.push_back("after");
      },
      queue.poster(), [&] { finished = true; });
  // The fiber paused: start returned to this thread without the body's second half.
  EXPECT_EQ(steps, std::vector<std::string>{"before"});
  EXPECT_FALSE(finished);
  EXPECT_EQ(queue.run_queued(), 0);

  std::thread([&] { waiter->wake(); }).join();
  EXPECT_FALSE(finished);  // the wake only queued the fiber's resumption on its own thread
  EXPECT_EQ(queue.run_queued(), 1);
  EXPECT_EQ(steps, (std::vector<std::string>{"before", "after"}));
  EXPECT_TRUE(finished);
}

TEST(RequestFiber, ExceptionsThrownAndCaughtInsideAPausedAndResumedFiberStayInIt) {
  TaskQueue queue;
  std::shared_ptr<Waiter> waiter;
  std::string caught;
  start_request_fiber(
      [&] {
        waiter = make_waiter();
        waiter->wait();
        try {
          throw std::runtime_error("refused");
        } catch (const std::exception& e) {
          caught = e.what();
        }
      },
      queue.poster(), [] {});
  waiter->wake();
  EXPECT_EQ(queue.run_queued(), 1);
  EXPECT_EQ(caught, "refused");
}

TEST(RequestFiber, WaitsOutsideAFiberBlockTheThreadAgain) {
  TaskQueue queue;
  std::shared_ptr<Waiter> fiber_waiter;
  start_request_fiber(
      [&] {
        fiber_waiter = make_waiter();
        fiber_waiter->wait();
      },
      queue.poster(), [] {});
  // Back on the thread while the fiber is paused: a wait here must block, not pause a fiber.
  auto thread_waiter = make_waiter();
  std::thread waker([&] { thread_waiter->wake(); });
  thread_waiter->wait();
  waker.join();
  fiber_waiter->wake();
  EXPECT_EQ(queue.run_queued(), 1);
}

TEST(RequestFiber, ManyPausedFibersResumeInWhateverOrderTheirWorkCompletes) {
  TaskQueue queue;
  constexpr int kFibers = 200;
  std::vector<std::shared_ptr<Waiter>> waiters(kFibers);
  std::vector<int> rounds(kFibers, 0);
  int finished = 0;
  for (int i = 0; i < kFibers; ++i) {
    start_request_fiber(
        [&, i] {
          for (int round = 0; round < 3; ++round) {
            waiters[i] = make_waiter();
            waiters[i]->wait();
            rounds[i] += 1;
          }
        },
        queue.poster(), [&] { finished += 1; });
  }
  for (int round = 0; round < 3; ++round) {
    std::thread([&] {
      for (int i = kFibers - 1; i >= 0; --i) waiters[i]->wake();  // last started, first woken
    }).join();
    EXPECT_EQ(queue.run_queued(), kFibers);
  }
  EXPECT_EQ(finished, kFibers);
  for (int i = 0; i < kFibers; ++i) EXPECT_EQ(rounds[i], 3) << i;
}

}  // namespace
}  // namespace sb::http
