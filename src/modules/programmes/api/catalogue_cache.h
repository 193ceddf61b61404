// The public catalogue's answer, kept as bytes: the catalogue is read far more
// often than staff change it, and its JSON costs dozens of queries to build.
// An entry holds while nothing was changed through this process's staff routes
// (invalidate()) and until the first moment at which a round's state changes
// (an enrolment deadline, a first session, a last session), so a round never
// shows as open after it closed. A second server process beside this one sees a
// staff change at the latest when the entry's moment passes (docs/ARCHITECTURE.md).
// Thread-safety: every member function may be called from any thread.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "kernel/model.h"

namespace sb::api {

class CatalogueCache {
 public:
  // The bytes, when an entry is valid at `now`.
  std::shared_ptr<const std::string> find(UnixTime now) {
    std::lock_guard lock(mutex_);
    if (body_ && body_generation_ == generation_ && now < valid_until_) return body_;
    return nullptr;
  }
  // Keeps bytes built at generation `generation` (read before building), valid until `valid_until`.
  std::shared_ptr<const std::string> put(std::uint64_t generation, std::string body, UnixTime valid_until) {
    auto shared = std::make_shared<const std::string>(std::move(body));
    std::lock_guard lock(mutex_);
    if (generation == generation_) {
      body_ = shared;
      body_generation_ = generation;
      valid_until_ = valid_until;
    }
    return shared;
  }
  std::uint64_t generation() {
    std::lock_guard lock(mutex_);
    return generation_;
  }
  void invalidate() {
    std::lock_guard lock(mutex_);
    ++generation_;
  }

 private:
  std::mutex mutex_;
  std::uint64_t generation_ = 1;
  std::uint64_t body_generation_ = 0;
  std::shared_ptr<const std::string> body_;
  UnixTime valid_until_ = 0;
};

}  // namespace sb::api
