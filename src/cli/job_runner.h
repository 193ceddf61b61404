// JobRunner: runs the modules' periodic jobs (kernel/jobs.h) on one thread of
// its own while the server runs — each at once, then every `every` seconds —
// and logs what each run says it did, or its error. Stopping (the destructor)
// waits for a run in progress and ends the thread.
// Thread-safety: construct and destroy on one thread; the jobs run on the runner's.
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "kernel/jobs.h"
#include "kernel/services.h"

namespace sb::cli {

class JobRunner {
 public:
  JobRunner(Services& services, std::vector<PeriodicJob> jobs);
  ~JobRunner();
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;

 private:
  void loop();

  Services& services_;
  std::vector<PeriodicJob> jobs_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace sb::cli
