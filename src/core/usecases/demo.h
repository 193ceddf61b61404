// Demo data: one bestuur with a PO and a VO school, four teams of seven
// teachers, a school coach and a school leader per school, a bestuurder, an
// expert coach, a programme manager and a platform admin — fictional people
// with Dutch names. The demo accounts all use the password kDemoPassword.
// Thread-safety: call once, from one thread.
#pragma once

#include <string>
#include <vector>

#include "core/services.h"

namespace sb {

inline constexpr const char* kDemoPassword = "demo-samenbeter";

struct DemoAccount {
  std::string email;
  std::string description;  // e.g. "leraar in Groep 5-6, OBS De Regenboog"
};

// The accounts shown in the README and at start-up.
std::vector<DemoAccount> demo_accounts();

enum class DemoMode { refuse_if_not_empty, skip_if_not_empty };

// Loads the demo data in one transaction. With skip_if_not_empty an existing
// database is left untouched and the result says so (false); refuse_if_not_empty
// fails with failed_precondition instead.
Result<bool> load_demo_data(Services& services, DemoMode mode);

}  // namespace sb
