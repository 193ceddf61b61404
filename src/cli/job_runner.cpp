#include "cli/job_runner.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>

namespace sb::cli {

JobRunner::JobRunner(Services& services, std::vector<PeriodicJob> jobs) : services_(services), jobs_(std::move(jobs)) {
  if (!jobs_.empty()) thread_ = std::thread([this] { loop(); });
}

JobRunner::~JobRunner() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void JobRunner::loop() {
  using Steady = std::chrono::steady_clock;
  std::vector<Steady::time_point> next(jobs_.size(), Steady::now());
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    for (std::size_t i = 0; i < jobs_.size() && !stopping_; ++i) {
      if (Steady::now() < next[i]) continue;
      lock.unlock();
      auto said = jobs_[i].run(services_);
      if (!said) spdlog::error("{}: {}", jobs_[i].name, said.error().message);
      else if (!said->empty()) spdlog::info("{}", *said);
      next[i] = Steady::now() + std::chrono::seconds(std::max<UnixTime>(1, jobs_[i].every));
      lock.lock();
    }
    wake_.wait_until(lock, *std::min_element(next.begin(), next.end()), [&] { return stopping_; });
  }
}

}  // namespace sb::cli
