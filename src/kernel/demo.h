// Demo data, module by module: each module contributes a step that writes its
// part of the demo (the organisation its people, schools and teams; the board
// each team's board), and the composition root runs them in module order in
// one unit of work, so a step may read what the steps before it wrote.
// Thread-safety: plain values.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "kernel/model.h"
#include "kernel/ports/store.h"

namespace sb {

inline constexpr const char* kDemoPassword = "demo-samenbeter";

struct DemoContext {
  UnixTime now = 0;
  std::string password_hash;  // of kDemoPassword, made once before the unit of work
};

struct DemoStep {
  std::string_view module;
  std::function<Result<void>(WriteTx&, const DemoContext&)> write;
};

struct DemoAccount {
  std::string email;
  std::string description;  // e.g. "leraar in Groep 5-6, OBS De Regenboog"
};

}  // namespace sb
