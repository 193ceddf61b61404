// ModuleStates: the state a module keeps for the life of the process — the
// board's last sequence numbers, the sign-in throttle, a module's settings —
// so that the kernel's Services need not know any module. A module reaches its
// own state through a function of its core (board_state(services)); the
// composition root may set it up before serving. A state is made with its
// default constructor the first time it is asked for.
//
// Thread-safety: get() may be called from any thread; the state it returns
// guards itself.
#pragma once

#include <memory>
#include <mutex>
#include <typeindex>
#include <unordered_map>

namespace sb {

class ModuleStates {
 public:
  template <class State>
  State& get() {
    std::lock_guard lock(mutex_);
    auto& slot = states_[std::type_index(typeid(State))];
    if (!slot) slot = std::make_shared<State>();
    return *static_cast<State*>(slot.get());
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::type_index, std::shared_ptr<void>> states_;
};

}  // namespace sb
