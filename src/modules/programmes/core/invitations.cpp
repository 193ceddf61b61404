#include "modules/programmes/core/invitations.h"

#include <algorithm>
#include <cctype>

#include "kernel/validation.h"
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/core/store.h"
#include "modules/programmes/core/mails.h"
#include "modules/programmes/core/places.h"
#include "modules/programmes/core/store.h"

namespace sb {
namespace {

// The programme's own page for accepting: it shows the programme before the account is made.
std::string link_path(std::string_view token) { return "/opleidingen/uitnodiging/" + std::string(token); }

Error gone() { return Error::not_found("This invitation is not valid (any more). Ask for a new one."); }

Error not_open() {
  return Error{ErrorCode::failed_precondition, "This invitation is no longer open."}.because("not_open");
}

// Where the invited colleague will hold their role, checked against who invites and the sector.
struct Destination {
  Invitation invitation;  // email, role and place; the token comes from add_invitation
  Id bestuur_id = 0;
  std::optional<Id> school_id;
};
Result<Destination> destination(WriteTx& tx, const Principal& who, const InviteRequest& r, std::string email) {
  Destination d;
  d.invitation.email = std::move(email);
  if (r.school_id) {
    SB_TRY(scope, scope_of_school(tx, *r.school_id));
    SB_CHECK(authorize(who, Action::invite_to_programme, scope));
    const auto school = *organisation(tx).find_school(*r.school_id);
    if (school.sector != r.sector) {
      return std::unexpected(Error::invalid("sector", "This school is not of this sector.").because("not_your_sector"));
    }
    d.invitation.role = Role::schoolleider;
    d.invitation.school_id = school.id;
    d.bestuur_id = school.bestuur_id;
    d.school_id = school.id;
    return d;
  }
  SB_TRY(scope, scope_of_bestuur(tx, *r.bestuur_id));
  SB_CHECK(authorize(who, Action::invite_to_programme, scope));
  const auto schools = organisation(tx).list_schools_of_bestuur(*r.bestuur_id);
  if (std::none_of(schools.begin(), schools.end(), [&](const School& school) { return school.sector == r.sector; })) {
    return std::unexpected(Error::invalid("sector", "This bestuur has no school of this sector.").because("not_your_sector"));
  }
  d.invitation.role = Role::bestuurder;
  d.invitation.bestuur_id = *r.bestuur_id;
  d.bestuur_id = *r.bestuur_id;
  return d;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

struct Sent {
  Programme programme;
  ProgrammeRound round;
  Enrolment enrolment;
  std::string token;
};

void mail_held_place(Services& s, const Principal& who, const Sent& sent) {
  s.mailer.send(held_place_mail(s, sent.programme, sent.round, sent.enrolment, who.user.name, link_path(sent.token)));
}

}  // namespace

Result<Enrolment> invite_to_round(Services& s, const Principal& who, const InviteRequest& r) {
  const UnixTime now = s.clock.now();
  SB_TRY(email, clean_email("email", r.email));
  if (r.school_id.has_value() == r.bestuur_id.has_value()) {
    return std::unexpected(
        Error::invalid("school_id", "Choose the school or the bestuur the colleague belongs to.").because("required"));
  }
  SB_TRY(sent, write_value<Sent>(s.store, [&](WriteTx& tx) -> Result<Sent> {
    auto round = programmes(tx).find_round(r.round_id);
    auto programme = round ? programmes(tx).find_programme(round->programme_id) : std::nullopt;
    if (!round || !programme || !programme->published) return std::unexpected(Error::not_found("No such round."));
    SB_TRY(where, destination(tx, who, r, email));
    SB_CHECK(check_audience(*programme, r.sector, r.role));
    SB_CHECK(check_enrollable(*round, r.group_id, r.track_id, now));
    if (programmes(tx).has_expired_hold(round->id, now)) SB_CHECK(drop_value(settle_held_places(s, tx, *programme, *round, now)));
    const auto all = programmes(tx).list_enrolments(round->id);
    for (const auto& e : all) {
      if (e.status != EnrolmentStatus::cancelled && lower(e.user_email) == lower(email)) {
        return std::unexpected(
            Error{ErrorCode::already_exists, "This address is enrolled in this round already.", "email"}.because(
                "already_enrolled"));
      }
    }
    SB_TRY(created, add_invitation(s, tx, who, where.invitation));
    const auto placement = place(*round, all, r.group_id);
    auto e = new_enrolment(*round, {where.bestuur_id, where.school_id, r.sector, r.role, r.group_id, r.track_id},
                           placement, who.user.id, now);
    e.invitation_id = created.view.invitation.id;
    e.invited_email = email;
    e.held_until = created.view.invitation.expires_at;
    SB_TRY(id, programmes(tx).insert_enrolment(e));
    e.id = id;
    e.user_email = email;
    return Sent{*programme, *round, e, created.link.substr(created.link.rfind('/') + 1)};
  }));
  mail_held_place(s, who, sent);
  return sent.enrolment;
}

Result<Enrolment> resend_round_invitation(Services& s, const Principal& who, Id enrolment_id) {
  const UnixTime now = s.clock.now();
  const auto token = s.secrets.new_token();
  SB_TRY(sent, write_value<Sent>(s.store, [&](WriteTx& tx) -> Result<Sent> {
    auto e = programmes(tx).find_enrolment(enrolment_id);
    const bool staff = is_allowed(who, Action::manage_programmes, Scope::platform());
    if (!e || (e->enrolled_by != who.user.id && !staff)) return std::unexpected(Error::not_found("No such enrolment."));
    if (!is_held(*e) || !e->invitation_id || hold_expired(*e, now)) return std::unexpected(not_open());
    auto invitation = organisation(tx).find_invitation(*e->invitation_id);
    if (!invitation || invitation->accepted_at) return std::unexpected(not_open());
    // As long as the organisation gives an invitation: its own setting, read from the invitation itself.
    const UnixTime lifetime = invitation->expires_at - invitation->created_at;
    SB_CHECK(organisation(tx).renew_invitation(invitation->id, s.secrets.hash_token(token), now, now + lifetime));
    e->held_until = now + lifetime;
    SB_CHECK(programmes(tx).update_enrolment(*e));
    auto round = programmes(tx).find_round(e->round_id);
    auto programme = programmes(tx).find_programme(round->programme_id);
    (void)organisation(tx).append_audit({now, who.user.id, "invitation.resend", "invitation:" + std::to_string(invitation->id),
                                         "programme enrolment " + std::to_string(e->id)});
    return Sent{*programme, *round, *e, token};
  }));
  mail_held_place(s, who, sent);
  return sent.enrolment;
}

Result<RoundInvitation> describe_round_invitation(Services& s, std::string_view token) {
  SB_TRY(view, describe_invitation(s, token));
  return read_value<RoundInvitation>(s.store, [&](ReadTx& tx) -> Result<RoundInvitation> {
    auto e = programmes(tx).find_enrolment_by_invitation(view.invitation.id);
    if (!e || !is_held(*e) || hold_expired(*e, s.clock.now())) return std::unexpected(gone());
    auto round = programmes(tx).find_round(e->round_id);
    auto programme = round ? programmes(tx).find_programme(round->programme_id) : std::nullopt;
    if (!round || !programme) return std::unexpected(gone());
    return RoundInvitation{*programme, *round, *e, view.invited_by_name, place_of(view)};
  });
}

Result<SignedIn> accept_round_invitation(Services& s, std::string_view token, const Acceptance& input) {
  SB_TRY(described, describe_round_invitation(s, token));
  SB_TRY(signed_in, accept_invitation(s, token, input));
  // The account and its role are committed; the place becomes theirs now. Should this fail, the invitation is
  // accepted all the same and held_places_job binds the place on its next run.
  (void)s.store.write([&](WriteTx& tx) -> Result<void> {
    return drop_value(settle_held_place(s, tx, described.programme, described.round, described.enrolment.id, s.clock.now()));
  });
  return signed_in;
}

PeriodicJob held_places_job() {
  return {"held programme places", 60, [](Services& s) -> Result<std::string> {
            const UnixTime now = s.clock.now();
            SB_TRY(changed, write_value<int>(s.store, [&](WriteTx& tx) -> Result<int> {
              int count = 0;
              for (const auto& e : programmes(tx).list_held_enrolments()) {
                auto round = programmes(tx).find_round(e.round_id);
                auto programme = round ? programmes(tx).find_programme(round->programme_id) : std::nullopt;
                if (!round || !programme) continue;
                SB_TRY(did, settle_held_place(s, tx, *programme, *round, e.id, now));
                count += did ? 1 : 0;
              }
              return count;
            }));
            if (changed == 0) return std::string();
            return "held programme places: " + std::to_string(changed) + " freed or taken up";
          }};
}

}  // namespace sb
