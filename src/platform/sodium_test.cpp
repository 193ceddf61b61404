#include <gtest/gtest.h>

#include "platform/sodium_hasher.h"
#include "platform/sodium_secrets.h"

namespace sb {
namespace {

TEST(SodiumHasher, HashesWithArgon2idAndVerifies) {
  SodiumHasher hasher(HashCost::minimal_for_tests);
  auto hash = hasher.hash("correct horse");
  ASSERT_TRUE(hash.has_value());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(hasher.verify("correct horse", *hash));
  EXPECT_FALSE(hasher.verify("wrong horse", *hash));
  EXPECT_FALSE(hasher.verify("correct horse", ""));
  EXPECT_FALSE(hasher.verify("correct horse", "garbage"));
}

TEST(SodiumSecrets, TokensAreLongRandomAndHashStably) {
  SodiumSecrets secrets;
  const auto a = secrets.new_token();
  const auto b = secrets.new_token();
  EXPECT_NE(a, b);
  EXPECT_GE(a.size(), 22u);  // at least 128 bits in base64
  EXPECT_EQ(secrets.hash_token(a), secrets.hash_token(a));
  EXPECT_NE(secrets.hash_token(a), secrets.hash_token(b));
  EXPECT_EQ(secrets.hash_token(a).size(), 64u);
}

}  // namespace
}  // namespace sb
