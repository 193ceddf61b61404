// The calendar module's part of a unit of work (kernel/ports/store.h): one
// feed per person at most, known by the hash of its token. calendar_feeds(tx)
// hands it out; each store implementation implements it and the module's
// contract suite (modules/calendar/contract) holds every one to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <string_view>

#include "kernel/error.h"
#include "kernel/model.h"
#include "kernel/ports/store.h"

namespace sb {

struct CalendarFeed {
  Id user_id = 0;
  UnixTime created_at = 0;
};

class CalendarFeedReads {
 public:
  virtual ~CalendarFeedReads() = default;
  virtual std::optional<CalendarFeed> feed_of(Id user_id) = 0;
  // The feed whose token hashes to `token_hash`, if it is still in use.
  virtual std::optional<CalendarFeed> feed_by_token_hash(std::string_view token_hash) = 0;
};

class CalendarFeedWrites : public CalendarFeedReads {
 public:
  // The person's feed from now on answers this token only; an earlier token stops working.
  virtual Result<void> replace_feed(Id user_id, std::string_view token_hash, UnixTime created_at) = 0;
  virtual Result<void> delete_feed(Id user_id) = 0;
};

inline CalendarFeedReads& calendar_feeds(ReadTx& tx) { return tx.part<CalendarFeedReads>(); }
inline CalendarFeedWrites& calendar_feeds(WriteTx& tx) { return tx.part<CalendarFeedWrites>(); }

}  // namespace sb
