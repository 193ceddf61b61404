// The organisation module's store contract: what every store implementation
// must do with the organisation's data. Each implementation instantiates it,
// e.g. modules/organisation/sql/sql_organisation_store_test.cpp.
#include "modules/organisation/contract/organisation_store_contract.h"

#include <atomic>
#include <random>
#include <thread>

#include "modules/organisation/contract/tenants.h"

namespace sb::contract {

TEST_P(OrganisationStoreContract, UsersRoundTripAndEmailIsUnique) {
  User user;
  user.email = "sanne@school.nl";
  user.name = "Sanne de Vries";
  user.password_hash = "hash";
  user.locale = Locale::en;
  user.created_at = 42;
  auto id = write_value<Id>(*store_, [&](WriteTx& tx) { return organisation(tx).insert_user(user); });
  ASSERT_TRUE(id.has_value());
  auto duplicate = write_value<Id>(*store_, [&](WriteTx& tx) { return organisation(tx).insert_user(user); });
  ASSERT_FALSE(duplicate.has_value());
  EXPECT_EQ(duplicate.error().code, ErrorCode::already_exists);
  EXPECT_EQ(duplicate.error().field, "email");
  auto found = read_value<std::optional<User>>(*store_, [&](ReadTx& tx) -> Result<std::optional<User>> {
    return organisation(tx).find_user_by_email("sanne@school.nl");
  });
  ASSERT_TRUE(found.has_value() && found->has_value());
  EXPECT_EQ((*found)->id, *id);
  EXPECT_EQ((*found)->name, "Sanne de Vries");
  EXPECT_EQ((*found)->locale, Locale::en);
  EXPECT_EQ((*found)->created_at, 42);
}

TEST_P(OrganisationStoreContract, ATeamsScopeNamesItsSchoolAndBestuur) {
  auto w = make_tenants(*store_);
  auto scope = read_value<std::optional<Scope>>(
      *store_, [&](ReadTx& tx) -> Result<std::optional<Scope>> { return organisation(tx).find_team_scope(w.team_b); });
  ASSERT_TRUE(scope.has_value() && scope->has_value());
  EXPECT_EQ((*scope)->team_id, w.team_b);
  EXPECT_EQ((*scope)->school_id, w.school_b);
  EXPECT_EQ((*scope)->bestuur_id, w.bestuur_b);
  auto missing = read_value<std::optional<Scope>>(
      *store_, [&](ReadTx& tx) -> Result<std::optional<Scope>> { return organisation(tx).find_team_scope(w.team_b + 100); });
  EXPECT_FALSE(missing->has_value());
}

TEST_P(OrganisationStoreContract, FailedWriteLeavesNothingBehind) {
  auto result = store_->write([&](WriteTx& tx) -> Result<void> {
    EXPECT_TRUE(organisation(tx).insert_bestuur({0, "Half"}).has_value());
    return std::unexpected(Error::invalid("x", "changed my mind"));
  });
  EXPECT_FALSE(result.has_value());
  auto count = read_value<std::size_t>(
      *store_, [](ReadTx& tx) -> Result<std::size_t> { return organisation(tx).list_besturen().size(); });
  EXPECT_EQ(count.value(), 0u);
}

TEST_P(OrganisationStoreContract, ConcurrentWritesAreAllDurableAndIsolated) {
  // Many threads write at once; one in every five fails and must leave no trace.
  constexpr int kThreads = 8;
  constexpr int kPerThread = 25;
  std::atomic<int> acknowledged{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        const bool fail = i % 5 == 0;
        auto r = store_->write([&](WriteTx& tx) -> Result<void> {
          auto id = organisation(tx).insert_bestuur({0, "B" + std::to_string(t) + "-" + std::to_string(i)});
          if (!id) return std::unexpected(id.error());
          if (fail) return std::unexpected(Error::invalid("x", "fail"));
          return ok();
        });
        if (r) acknowledged += 1;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  auto count = read_value<std::size_t>(
      *store_, [](ReadTx& tx) -> Result<std::size_t> { return organisation(tx).list_besturen().size(); });
  EXPECT_EQ(acknowledged.load(), kThreads * kPerThread * 4 / 5);
  EXPECT_EQ(count.value(), static_cast<std::size_t>(acknowledged.load()));
}

TEST_P(OrganisationStoreContract, BackgroundWritesLandBeforeLaterWrites) {
  store_->write_in_background([](WriteTx& tx) {
    return drop_value(organisation(tx).insert_bestuur({0, "Achtergrond"}));
  });
  // Writes are committed in order, so a later foreground write sees the background one done.
  ASSERT_TRUE(store_->write([](WriteTx& tx) {
                      return drop_value(organisation(tx).insert_bestuur({0, "Voorgrond"}));
                    })
                  .has_value());
  auto count = read_value<std::size_t>(
      *store_, [](ReadTx& tx) -> Result<std::size_t> { return organisation(tx).list_besturen().size(); });
  EXPECT_EQ(count.value(), 2u);
}

TEST_P(OrganisationStoreContract, AfterCommitRunsOnlyForCommittedWorkInOrder) {
  std::vector<int> ran;
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    tx.after_commit([&] { ran.push_back(1); });
                    return ok();
                  })
                  .has_value());
  EXPECT_FALSE(store_
                   ->write([&](WriteTx& tx) -> Result<void> {
                     tx.after_commit([&] { ran.push_back(2); });
                     return std::unexpected(Error::invalid("x", "rolled back"));
                   })
                   .has_value());
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    tx.after_commit([&] { ran.push_back(3); });
                    return ok();
                  })
                  .has_value());
  EXPECT_EQ(ran, (std::vector<int>{1, 3}));
}

TEST_P(OrganisationStoreContract, MembershipsResolveUpTheTree) {
  auto w = make_tenants(*store_);
  auto views = read_value<std::vector<MembershipView>>(*store_, [&](ReadTx& tx) -> Result<std::vector<MembershipView>> {
    return organisation(tx).list_memberships_of_user(w.alice);
  });
  ASSERT_EQ(views->size(), 1u);
  const auto& m = views->front();
  EXPECT_EQ(m.role, Role::leraar);
  EXPECT_EQ(m.team_id, w.team_a);
  EXPECT_EQ(m.school_id, w.school_a);
  EXPECT_EQ(m.bestuur_id, w.bestuur_a);
  EXPECT_EQ(m.team_name, "Team A");
  EXPECT_EQ(m.school_name, "School A");
  EXPECT_EQ(m.bestuur_name, "Bestuur A");
}

TEST_P(OrganisationStoreContract, ListingsStayInsideTheirTenant) {
  auto w = make_tenants(*store_);
  auto check = store_->read([&](ReadTx& tx) -> Result<void> {
    for (const auto& m : organisation(tx).list_memberships_in_school(w.school_a)) EXPECT_NE(m.user_id, w.bob);
    for (const auto& m : organisation(tx).list_memberships_in_team(w.team_a)) EXPECT_NE(m.user_id, w.bob);
    EXPECT_EQ(organisation(tx).list_memberships_in_school(w.school_a).size(), 1u);
    for (const auto& t : organisation(tx).list_teams_of_school(w.school_a)) EXPECT_NE(t.id, w.team_b);
    for (const auto& s : organisation(tx).list_schools_of_bestuur(w.bestuur_a)) EXPECT_NE(s.id, w.school_b);
    EXPECT_TRUE(organisation(tx).list_open_invitations(w.school_b, 0).empty());
    return ok();
  });
  EXPECT_TRUE(check.has_value());
}

TEST_P(OrganisationStoreContract, DuplicateMembershipIsRefused) {
  auto w = make_tenants(*store_);
  Membership m;
  m.user_id = w.alice;
  m.role = Role::leraar;
  m.team_id = w.team_a;
  auto again = write_value<Id>(*store_, [&](WriteTx& tx) { return organisation(tx).insert_membership(m); });
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::already_exists);
}

TEST_P(OrganisationStoreContract, DeletingATeamRemovesItsMembershipsAndInvitations) {
  auto w = make_tenants(*store_);
  auto status = store_->write([&](WriteTx& tx) -> Result<void> {
    Invitation invitation;
    invitation.token_hash = "abc";
    invitation.email = "new@a.nl";
    invitation.school_id = w.school_a;
    invitation.team_id = w.team_a;
    invitation.invited_by = w.alice;
    invitation.expires_at = 100;
    EXPECT_TRUE(organisation(tx).insert_invitation(invitation).has_value());
    return organisation(tx).delete_team(w.team_a);
  });
  ASSERT_TRUE(status.has_value());
  auto check = store_->read([&](ReadTx& tx) -> Result<void> {
    EXPECT_TRUE(organisation(tx).list_memberships_of_user(w.alice).empty());
    EXPECT_FALSE(organisation(tx).find_invitation_by_token("abc").has_value());
    EXPECT_EQ(organisation(tx).list_memberships_of_user(w.bob).size(), 1u);
    return ok();
  });
  EXPECT_TRUE(check.has_value());
}

TEST_P(OrganisationStoreContract, SessionsAndInvitationLifecycle) {
  auto w = make_tenants(*store_);
  auto status = store_->write([&](WriteTx& tx) -> Result<void> {
    EXPECT_TRUE(organisation(tx).insert_session({"h1", w.alice, "csrf", 10, 10}).has_value());
    EXPECT_TRUE(organisation(tx).insert_session({"h2", w.alice, "csrf", 10, 10}).has_value());
    EXPECT_TRUE(organisation(tx).touch_session("h1", 50).has_value());
    Invitation invitation;
    invitation.token_hash = "tok";
    invitation.email = "x@a.nl";
    invitation.role = Role::schoolcoach;
    invitation.school_id = w.school_a;
    invitation.invited_by = w.alice;
    invitation.created_at = 10;
    invitation.expires_at = 100;
    auto id = organisation(tx).insert_invitation(invitation);
    EXPECT_TRUE(id.has_value());
    EXPECT_EQ(organisation(tx).list_open_invitations(w.school_a, 50).size(), 1u);
    EXPECT_TRUE(organisation(tx).list_open_invitations(w.school_a, 101).empty());
    EXPECT_TRUE(organisation(tx).mark_invitation_accepted(*id, 60).has_value());
    EXPECT_FALSE(organisation(tx).mark_invitation_accepted(*id, 61).has_value());  // only once
    EXPECT_TRUE(organisation(tx).list_open_invitations(w.school_a, 70).empty());
    return ok();
  });
  ASSERT_TRUE(status.has_value());
  auto check = store_->read([&](ReadTx& tx) -> Result<void> {
    EXPECT_EQ(organisation(tx).find_session("h1")->last_seen_at, 50);
    return ok();
  });
  ASSERT_TRUE(check.has_value());
  ASSERT_TRUE(
      store_->write([&](WriteTx& tx) { return organisation(tx).delete_sessions_of_user(w.alice); }).has_value());
  auto gone = store_->read([&](ReadTx& tx) -> Result<void> {
    EXPECT_FALSE(organisation(tx).find_session("h1").has_value());
    EXPECT_FALSE(organisation(tx).find_session("h2").has_value());
    return ok();
  });
  EXPECT_TRUE(gone.has_value());
}

TEST_P(OrganisationStoreContract, BrinIsUniqueAndNamesTheField) {
  auto w = make_tenants(*store_);
  auto duplicate = write_value<Id>(*store_, [&](WriteTx& tx) {
    return organisation(tx).insert_school({0, w.bestuur_a, "Other", Sector::po, "11AA", Region::noord});
  });
  ASSERT_FALSE(duplicate.has_value());
  EXPECT_EQ(duplicate.error().code, ErrorCode::already_exists);
  EXPECT_EQ(duplicate.error().field, "brin");
}

TEST_P(OrganisationStoreContract, AuditTrailIsNewestFirst) {
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    EXPECT_TRUE(organisation(tx).append_audit({1, std::nullopt, "first", "x", ""}).has_value());
                    EXPECT_TRUE(organisation(tx).append_audit({2, 7, "second", "y", "d"}).has_value());
                    return ok();
                  })
                  .has_value());
  auto entries = read_value<std::vector<AuditEntry>>(
      *store_, [](ReadTx& tx) -> Result<std::vector<AuditEntry>> { return organisation(tx).list_audit(10); });
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ(entries->front().action, "second");
  EXPECT_EQ(entries->front().user_id, 7);
}

TEST_P(OrganisationStoreContract, SignInFailuresAreCountedPerKeyForgottenAfterAWhileAndCleared) {
  auto record = [&](std::string_view key, UnixTime at, UnixTime forget_before) {
    return store_->write([&](WriteTx& tx) { return organisation(tx).record_login_failure(key, at, forget_before); });
  };
  auto counts = [&](UnixTime since) {
    return *read_value<std::vector<LoginFailures>>(*store_, [&](ReadTx& tx) -> Result<std::vector<LoginFailures>> {
      return organisation(tx).login_failures({"account:a@b.nl", "address:10.0.0.1", "account:none@b.nl"}, since);
    });
  };
  ASSERT_TRUE(record("account:a@b.nl", 100, 0));
  ASSERT_TRUE(record("account:a@b.nl", 110, 0));
  ASSERT_TRUE(record("address:10.0.0.1", 120, 0));
  auto now = counts(0);
  ASSERT_EQ(now.size(), 2u);
  EXPECT_EQ(now[0].key, "account:a@b.nl");
  EXPECT_EQ(now[0].failures, 2);
  EXPECT_EQ(now[0].last_failure, 110);
  EXPECT_EQ(now[1].failures, 1);
  // Counts whose last failure is before `since` are not reported.
  EXPECT_EQ(counts(115).size(), 1u);
  // A failure long after the last one starts the count again.
  ASSERT_TRUE(record("account:a@b.nl", 5000, 4000));
  now = counts(0);
  ASSERT_EQ(now.size(), 1u) << "the address's old count is forgotten";
  EXPECT_EQ(now[0].failures, 1);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return organisation(tx).clear_login_failures("account:a@b.nl"); }));
  EXPECT_TRUE(counts(0).empty());
}

TEST_P(OrganisationStoreContract, IdsOfDeletedRowsAreNeverHandedOutAgain) {
  auto w = make_tenants(*store_);
  auto status = store_->write([&](WriteTx& tx) -> Result<void> {
    Invitation invitation;
    invitation.token_hash = "first";
    invitation.email = "new@b.nl";
    invitation.school_id = w.school_b;
    invitation.invited_by = w.bob;
    invitation.expires_at = 100;
    const Id invitation_id = organisation(tx).insert_invitation(invitation).value();
    EXPECT_TRUE(organisation(tx).delete_invitation(invitation_id).has_value());
    invitation.token_hash = "second";
    EXPECT_GT(organisation(tx).insert_invitation(invitation).value(), invitation_id);

    Membership coach;
    coach.user_id = w.bob;
    coach.role = Role::schoolcoach;
    coach.school_id = w.school_b;
    const Id membership_id = organisation(tx).insert_membership(coach).value();
    EXPECT_TRUE(organisation(tx).delete_membership(membership_id).has_value());
    coach.user_id = w.alice;
    coach.school_id = w.school_a;
    EXPECT_GT(organisation(tx).insert_membership(coach).value(), membership_id);

    const Id team_id = organisation(tx).insert_team({0, w.school_b, "Team B2"}).value();
    EXPECT_TRUE(organisation(tx).delete_team(team_id).has_value());
    EXPECT_GT(organisation(tx).insert_team({0, w.school_a, "Team A2"}).value(), team_id);
    return ok();
  });
  EXPECT_TRUE(status.has_value());
}

TEST_P(OrganisationStoreContract, PeopleAreFoundByNameOrAddressAndAdminsCounted) {
  auto w = make_tenants(*store_);
  auto status = store_->write([&](WriteTx& tx) -> Result<void> {
    EXPECT_EQ(organisation(tx).count_admins(), 0);
    EXPECT_TRUE(organisation(tx).set_user_admin(w.bob, true).has_value());
    EXPECT_EQ(organisation(tx).count_admins(), 1);
    EXPECT_FALSE(organisation(tx).set_user_admin(999999, true).has_value());
    User percent;
    percent.email = "100%@c.nl";
    percent.name = "Anna_Procent";
    EXPECT_TRUE(organisation(tx).insert_user(percent).has_value());
    return ok();
  });
  ASSERT_TRUE(status.has_value());
  auto check = store_->read([&](ReadTx& tx) -> Result<void> {
    auto names = [&](std::string_view text, int limit) {
      std::vector<std::string> out;
      for (const auto& user : organisation(tx).search_users(text, limit)) out.push_back(user.name);
      return out;
    };
    EXPECT_EQ(names("", 10), (std::vector<std::string>{"Alice", "Anna_Procent", "Bob"}));
    EXPECT_EQ(names("", 2), (std::vector<std::string>{"Alice", "Anna_Procent"}));
    EXPECT_EQ(names("ALI", 10), (std::vector<std::string>{"Alice"}));
    EXPECT_EQ(names("b.nl", 10), (std::vector<std::string>{"Bob"}));
    EXPECT_EQ(names("%", 10), (std::vector<std::string>{"Anna_Procent"}));
    EXPECT_EQ(names("a_p", 10), (std::vector<std::string>{"Anna_Procent"}));
    EXPECT_TRUE(organisation(tx).find_user(w.bob)->is_admin);
    return ok();
  });
  EXPECT_TRUE(check.has_value());
}

TEST_P(OrganisationStoreContract, InvitationsLeadToATeamASchoolABestuurOrThePlatform) {
  auto w = make_tenants(*store_);
  Invitation like;
  like.email = "x@a.nl";
  like.role = Role::bestuurder;
  like.bestuur_id = w.bestuur_a;
  like.invited_by = w.alice;
  like.created_at = 10;
  like.expires_at = 100;
  Id bestuur_invitation = 0;
  auto status = store_->write([&](WriteTx& tx) -> Result<void> {
    Invitation invitation = like;
    invitation.token_hash = "bestuur";
    bestuur_invitation = organisation(tx).insert_invitation(invitation).value();
    invitation.token_hash = "platform";
    invitation.role = Role::programmabeheerder;
    invitation.bestuur_id.reset();
    EXPECT_TRUE(organisation(tx).insert_invitation(invitation).has_value());
    invitation.token_hash = "school";
    invitation.role = Role::schoolcoach;
    invitation.school_id = w.school_a;
    EXPECT_TRUE(organisation(tx).insert_invitation(invitation).has_value());
    return ok();
  });
  ASSERT_TRUE(status.has_value());
  // A school and a bestuur at once is no place. Refused in a write of its own: on PostgreSQL a failed
  // statement ends its transaction, so a unit of work does not go on after one.
  Invitation nowhere = like;
  nowhere.token_hash = "nowhere";
  nowhere.school_id = w.school_a;
  auto refused = write_value<Id>(*store_, [&](WriteTx& tx) { return organisation(tx).insert_invitation(nowhere); });
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::failed_precondition);
  auto check = store_->read([&](ReadTx& tx) -> Result<void> {
    auto found = organisation(tx).find_invitation(bestuur_invitation);
    EXPECT_EQ(found->bestuur_id, w.bestuur_a);
    EXPECT_FALSE(found->school_id.has_value());
    EXPECT_EQ(organisation(tx).find_open_invitation_like(like, 50)->id, bestuur_invitation);
    EXPECT_FALSE(organisation(tx).find_open_invitation_like(like, 101).has_value());
    Invitation other_bestuur = like;
    other_bestuur.bestuur_id = w.bestuur_b;
    EXPECT_FALSE(organisation(tx).find_open_invitation_like(other_bestuur, 50).has_value());
    Invitation platform = like;
    platform.role = Role::programmabeheerder;
    platform.bestuur_id.reset();
    EXPECT_TRUE(organisation(tx).find_open_invitation_like(platform, 50).has_value());
    const auto appointed =
        organisation(tx).list_open_invitations_of_roles({Role::bestuurder, Role::programmabeheerder}, 50);
    EXPECT_EQ(appointed.size(), 2u);
    EXPECT_EQ(organisation(tx).list_open_invitations(w.school_a, 50).size(), 1u);
    return ok();
  });
  EXPECT_TRUE(check.has_value());
  // A new link for an open invitation; the old one is gone.
  auto renewed = store_->write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(organisation(tx).renew_invitation(bestuur_invitation, "renewed", 60, 200));
    EXPECT_FALSE(organisation(tx).find_invitation_by_token("bestuur").has_value());
    EXPECT_EQ(organisation(tx).find_invitation_by_token("renewed")->expires_at, 200);
    SB_CHECK(organisation(tx).mark_invitation_accepted(bestuur_invitation, 70));
    EXPECT_FALSE(organisation(tx).renew_invitation(bestuur_invitation, "again", 80, 300).has_value());
    return ok();
  });
  EXPECT_TRUE(renewed.has_value());
}

}  // namespace sb::contract
