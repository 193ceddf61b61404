// The notifications module's part of a unit of work (kernel/ports/store.h):
// what each person wants mailed, and what the scheduled mailings sent — the
// durable record that keeps the weekly digest from going out twice, also
// across a restart or from two processes at once. notifications(tx) hands it
// out; each store implementation (modules/notifications/sqlite) implements
// it, and the module's contract suite (modules/notifications/contract) holds
// every one to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/notifications/core/model.h"

namespace sb {

class NotificationReads {
 public:
  virtual ~NotificationReads() = default;
  // True unless the person switched the topic off.
  virtual bool wants(Id user_id, Topic topic) = 0;
  // Whether the scheduled mailing of `topic` for `period` was done (by this process or another).
  virtual bool mailing_done(Topic topic, std::string_view period) = 0;
  // What scheduled mailings sent to the person, the newest first.
  virtual std::vector<Delivery> list_deliveries(Id user_id) = 0;
};

class NotificationWrites : public NotificationReads {
 public:
  virtual Result<void> set_wanted(Id user_id, Topic topic, bool wanted) = 0;
  // Marks the scheduled mailing of `topic` for `period` done. A mailing is done once:
  // marking it again fails with already_exists, so of two runs at once only one commits.
  virtual Result<void> mark_mailing_done(Topic topic, std::string_view period, UnixTime at) = 0;
  // Records one mail of a mailing; a second for the same person, topic and period fails with already_exists.
  virtual Result<void> insert_delivery(const Delivery& delivery) = 0;
};

inline NotificationReads& notifications(ReadTx& tx) { return tx.part<NotificationReads>(); }
inline NotificationWrites& notifications(WriteTx& tx) { return tx.part<NotificationWrites>(); }

}  // namespace sb
