#include "modules/programmes/core/places.h"

#include <algorithm>

#include "modules/organisation/core/store.h"
#include "modules/programmes/core/mails.h"
#include "modules/programmes/core/store.h"

namespace sb {

Result<void> release_place(Services& s, WriteTx& tx, const Programme& programme, const ProgrammeRound& round, Enrolment& e,
                           UnixTime at) {
  const auto freed = e.status == EnrolmentStatus::placed ? e.group_id : std::nullopt;
  e.status = EnrolmentStatus::cancelled;
  e.cancelled_at = at;
  e.group_id.reset();
  SB_CHECK(programmes(tx).update_enrolment(e));
  if (!freed) return ok();
  const auto all = programmes(tx).list_enrolments(round.id);
  const auto next_id = next_in_line(round, all, *freed);
  if (!next_id) return ok();
  auto next = *programmes(tx).find_enrolment(*next_id);
  next.status = EnrolmentStatus::placed;
  next.group_id = freed;
  SB_CHECK(programmes(tx).update_enrolment(next));
  if (next.user_id == 0) return ok();
  if (auto user = organisation(tx).find_user(next.user_id)) {
    tx.after_commit([&mailer = s.mailer, mail = promotion_mail(s, programme, round, next, *user)]() mutable {
      mailer.send(std::move(mail));
    });
  }
  return ok();
}

Result<bool> settle_held_place(Services& s, WriteTx& tx, const Programme& programme, const ProgrammeRound& round,
                               Id enrolment_id, UnixTime now) {
  // Read afresh: settling an earlier place may just have moved this one up from the waiting list.
  auto found = programmes(tx).find_enrolment(enrolment_id);
  if (!found || !is_held(*found)) return false;
  auto e = std::move(*found);
  const auto invitation = e.invitation_id ? organisation(tx).find_invitation(*e.invitation_id) : std::nullopt;
  if (invitation && invitation->accepted_at) {
    auto user = organisation(tx).find_user_by_email(invitation->email);
    const auto mine = user ? programmes(tx).list_enrolments_of_user(user->id) : std::vector<Enrolment>{};
    const bool already = std::any_of(mine.begin(), mine.end(), [&](const Enrolment& other) {
      return other.round_id == round.id && other.status != EnrolmentStatus::cancelled;
    });
    if (user && !already) {
      e.user_id = user->id;
      SB_CHECK(programmes(tx).update_enrolment(e));
      return true;
    }
    SB_CHECK(release_place(s, tx, programme, round, e, now));
    return true;
  }
  if (invitation && invitation->expires_at >= now) return false;
  // Expired: cancelled at the moment it ran out, so it reads as expired rather than withdrawn.
  const UnixTime at = invitation ? std::max(invitation->expires_at, e.held_until.value_or(0)) : now;
  if (!invitation) e.held_until.reset();
  SB_CHECK(release_place(s, tx, programme, round, e, std::min(at, now)));
  return true;
}

Result<int> settle_held_places(Services& s, WriteTx& tx, const Programme& programme, const ProgrammeRound& round,
                               UnixTime now) {
  int changed = 0;
  for (const auto& e : programmes(tx).list_enrolments(round.id)) {
    if (!is_held(e)) continue;
    SB_TRY(did, settle_held_place(s, tx, programme, round, e.id, now));
    changed += did ? 1 : 0;
  }
  return changed;
}

Enrolment new_enrolment(const ProgrammeRound& round, const NewEnrolment& what, const Placement& placement, Id enrolled_by,
                        UnixTime now) {
  Enrolment e;
  e.round_id = round.id;
  e.bestuur_id = what.bestuur_id;
  e.school_id = what.school_id;
  e.sector = what.sector;
  e.role = what.role;
  e.status = placement.status;
  e.group_id = placement.group_id;
  e.preferred_group_id = what.group_id;
  e.track_id = what.track_id;
  e.enrolled_by = enrolled_by;
  e.created_at = now;
  return e;
}

Result<void> check_enrollable(const ProgrammeRound& round, std::optional<Id> group_id, std::optional<Id> track_id,
                              UnixTime now) {
  if (round_state(round, now) != RoundState::open) {
    return std::unexpected(
        Error{ErrorCode::failed_precondition, "Enrolment for this round has closed."}.because("enrolment_closed"));
  }
  if (group_id && std::none_of(round.groups.begin(), round.groups.end(), [&](const RoundGroup& g) { return g.id == *group_id; })) {
    return std::unexpected(Error::invalid("group_id", "No such group in this round."));
  }
  if (track_id && std::none_of(round.tracks.begin(), round.tracks.end(), [&](const RoundTrack& t) { return t.id == *track_id; })) {
    return std::unexpected(Error::invalid("track_id", "No such track in this round."));
  }
  return ok();
}

}  // namespace sb
