// Work a module does by the clock rather than for a request (the weekly digest
// of overdue actions): the server runs each job once when it starts and then
// every `every` seconds, on a thread of its own, until it stops. A job asks
// services.clock whether anything is due and must be safe to run again at any
// time — after a restart, or beside another process — so what it did must be
// recorded in the store, not in memory. The composition root lists the jobs
// (cli/modules.cpp), as it lists demo steps. A run answers a line for the log
// (what it did), or nothing when there is nothing worth saying.
// Thread-safety: plain values; `run` is called from the job thread only.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "kernel/model.h"
#include "kernel/services.h"

namespace sb {

struct PeriodicJob {
  std::string_view name;
  UnixTime every = 300;
  std::function<Result<std::string>(Services&)> run;
};

}  // namespace sb
