// Loading the demo data: every module's demo step (cli/modules.cpp lists
// them), in module order, in one unit of work.
// Thread-safety: call once, from one thread.
#pragma once

#include <vector>

#include "kernel/demo.h"
#include "kernel/services.h"

namespace sb {

enum class DemoMode { refuse_if_not_empty, skip_if_not_empty };

// With skip_if_not_empty an existing database is left untouched and the
// result says so (false); refuse_if_not_empty fails with failed_precondition
// instead.
Result<bool> load_demo_data(Services& services, DemoMode mode, const std::vector<DemoStep>& steps);

}  // namespace sb
