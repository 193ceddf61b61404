// The organisation module's demo data: one bestuur with a PO and a VO school,
// four teams of seven teachers, a school coach and a school leader per school,
// a bestuurder, an expert coach, a programme manager and a platform admin —
// fictional people with Dutch names, all with the password kDemoPassword.
#pragma once

#include <vector>

#include "kernel/demo.h"

namespace sb {

DemoStep organisation_demo();

// The accounts shown in the README and at start-up.
std::vector<DemoAccount> demo_accounts();

}  // namespace sb
