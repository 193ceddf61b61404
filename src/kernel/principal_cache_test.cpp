#include "kernel/principal_cache.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

TEST(PrincipalCache, EntriesExpireAndCanBeForgotten) {
  PrincipalCache cache(2);
  Principal who;
  who.user.id = 7;
  cache.put("h", Session{"h", 7, "csrf", 100, 100}, who, 100);
  ASSERT_TRUE(cache.find("h", 101).has_value());
  EXPECT_EQ(cache.find("h", 101)->principal.user.id, 7);
  EXPECT_FALSE(cache.find("h", 102).has_value());  // ttl passed

  cache.put("a", Session{"a", 1, "c", 100, 100}, who, 100);
  cache.put("b", Session{"b", 2, "c", 100, 100}, who, 100);
  cache.forget("a");
  EXPECT_FALSE(cache.find("a", 100).has_value());
  EXPECT_TRUE(cache.find("b", 100).has_value());
  cache.forget_all();
  EXPECT_FALSE(cache.find("b", 100).has_value());
}

TEST(PrincipalCache, NoteSeenUpdatesTheSession) {
  PrincipalCache cache(10);
  cache.put("h", Session{"h", 7, "csrf", 100, 100}, Principal{}, 100);
  cache.note_seen("h", 160);
  EXPECT_EQ(cache.find("h", 101)->session.last_seen_at, 160);
}

}  // namespace
}  // namespace sb
