#include "cli/demo_data.h"

#include "modules/organisation/core/store.h"

namespace sb {

Result<bool> load_demo_data(Services& s, DemoMode mode, const std::vector<DemoStep>& steps) {
  auto users = read_value<std::int64_t>(s.store, [](ReadTx& tx) -> Result<std::int64_t> { return organisation(tx).count_users(); });
  if (!users) return std::unexpected(users.error());
  if (*users > 0) {
    if (mode == DemoMode::skip_if_not_empty) return false;
    return std::unexpected(Error{ErrorCode::failed_precondition, "The database is not empty; demo data goes into a new one.", ""});
  }
  // One hash for every demo account: they share the demo password by design.
  SB_TRY(hash, s.hasher.hash(kDemoPassword));
  const DemoContext context{s.clock.now(), std::move(hash)};

  auto written = s.store.write([&](WriteTx& tx) -> Result<void> {
    for (const auto& step : steps) SB_CHECK(step.write(tx, context));
    return ok();
  });
  if (!written) return std::unexpected(written.error());
  return true;
}

}  // namespace sb
