// Two tenants to test stores with: bestuur A with school A and team A, where
// alice teaches, and bestuur B likewise with bob. For the contract suites of
// the organisation module and of modules that build on it.
// Thread-safety: test code.
#pragma once

#include <gtest/gtest.h>

#include "modules/organisation/core/store.h"

namespace sb::contract {

struct Tenants {
  Id bestuur_a, bestuur_b, school_a, school_b, team_a, team_b, alice, bob;
};

// Two tenants: bestuur A with school A and team A (alice teaches there), bestuur B likewise with bob.
inline Tenants make_tenants(Store& store) {
  Tenants w{};
  auto status = store.write([&](WriteTx& tx) -> Result<void> {
    w.bestuur_a = organisation(tx).insert_bestuur({0, "Bestuur A"}).value();
    w.bestuur_b = organisation(tx).insert_bestuur({0, "Bestuur B"}).value();
    w.school_a = organisation(tx).insert_school({0, w.bestuur_a, "School A", Sector::po, "11AA", Region::noord}).value();
    w.school_b = organisation(tx).insert_school({0, w.bestuur_b, "School B", Sector::vo, "22BB", Region::zuid}).value();
    w.team_a = organisation(tx).insert_team({0, w.school_a, "Team A"}).value();
    w.team_b = organisation(tx).insert_team({0, w.school_b, "Team B"}).value();
    User alice;
    alice.email = "alice@a.nl";
    alice.name = "Alice";
    alice.created_at = 1;
    w.alice = organisation(tx).insert_user(alice).value();
    User bob = alice;
    bob.email = "bob@b.nl";
    bob.name = "Bob";
    w.bob = organisation(tx).insert_user(bob).value();
    Membership m;
    m.user_id = w.alice;
    m.role = Role::leraar;
    m.team_id = w.team_a;
    EXPECT_TRUE(organisation(tx).insert_membership(m).has_value());
    m.user_id = w.bob;
    m.team_id = w.team_b;
    EXPECT_TRUE(organisation(tx).insert_membership(m).has_value());
    return ok();
  });
  EXPECT_TRUE(status.has_value());
  return w;
}

}  // namespace sb::contract
