#include "modules/organisation/core/appointments.h"

#include <algorithm>

#include "kernel/validation.h"
#include "modules/organisation/core/organisation.h"

namespace sb {
namespace {

const std::vector<Role> kAppointedRoles = {Role::bestuurder, Role::programmabeheerder, Role::expertcoach};

Result<void> platform_admin(const Principal& who) {
  return authorize(who, Action::administer_platform, Scope::platform());
}

Person person_of(ReadTx& tx, User user) {
  Person person;
  person.memberships = organisation(tx).list_memberships_of_user(user.id);
  user.password_hash.clear();  // never leaves the store's callers
  person.user = std::move(user);
  return person;
}

// Who may do what follows from memberships and the admin flag: after a change,
// cached principals are forgotten and live screens check again (as in organisation.cpp).
void access_changed(Services& s) {
  s.principals.forget_all();
  s.events.access_changed();
}

// The role and its one place, as the platform appoints them (not yet checked against the store).
Result<Invitation> appointment_place(const NewAppointment& input) {
  auto role = parse_role(input.role);
  if (!role || std::find(kAppointedRoles.begin(), kAppointedRoles.end(), *role) == kAppointedRoles.end()) {
    return std::unexpected(Error::invalid("role", "Role must be bestuurder, programmabeheerder or expertcoach."));
  }
  Invitation place;
  place.role = *role;
  switch (scope_of(*role)) {
    case ScopeKind::bestuur:
      if (!input.bestuur_id) return std::unexpected(Error::invalid("bestuur_id", "Choose the bestuur."));
      if (input.school_id) return std::unexpected(Error::invalid("school_id", "A bestuurder sits on a bestuur, not a school."));
      place.bestuur_id = input.bestuur_id;
      break;
    case ScopeKind::school:
      if (!input.school_id) return std::unexpected(Error::invalid("school_id", "Choose the school."));
      if (input.bestuur_id) return std::unexpected(Error::invalid("bestuur_id", "An expert coach supports a school, not a bestuur."));
      place.school_id = input.school_id;
      break;
    default:
      if (input.bestuur_id) return std::unexpected(Error::invalid("bestuur_id", "Programme staff work on the platform, not in a bestuur."));
      if (input.school_id) return std::unexpected(Error::invalid("school_id", "Programme staff work on the platform, not in a school."));
      break;
  }
  return place;
}

Result<void> check_place_exists(ReadTx& tx, const Invitation& place) {
  if (place.bestuur_id && !organisation(tx).find_bestuur(*place.bestuur_id)) {
    return std::unexpected(Error{ErrorCode::not_found, "No such bestuur.", "bestuur_id"});
  }
  if (place.school_id && !organisation(tx).find_school(*place.school_id)) {
    return std::unexpected(Error{ErrorCode::not_found, "No such school.", "school_id"});
  }
  return ok();
}

// The new role of someone who has an account: a short note, so it does not come as a surprise.
void mail_appointment(Services& s, const Principal& who, const Person& person, const MembershipView& role) {
  InvitationView place;
  place.school_name = role.school_name;
  place.bestuur_name = role.bestuur_name;
  const auto where = place_of(place);
  s.mailer.send({person.user.email, "Nieuwe rol in SamenBeter — " + where,
                 "Hallo " + person.user.name + ",\n\n" + who.user.name + " heeft je in SamenBeter de rol " +
                     std::string(to_string(role.role)) + " gegeven: " + where +
                     ".\n\nJe ziet het zodra je inlogt:\n" + s.public_base_url + "/\n"});
}

}  // namespace

Result<PeoplePage> search_people(Services& s, const Principal& who, std::string_view query, int limit) {
  SB_CHECK(platform_admin(who));
  const auto text = trim(query);
  if (!is_valid_utf8(text) || utf8_length(text) > kMaxSearchLength) {
    return std::unexpected(Error::invalid("q", "Search with at most 200 characters."));
  }
  if (limit < 1 || limit > kMaxPeoplePerPage) {
    return std::unexpected(Error::invalid("limit", "Ask for 1 to 50 people at a time."));
  }
  return read_value<PeoplePage>(s.store, [&](ReadTx& tx) -> Result<PeoplePage> {
    PeoplePage page;
    auto users = organisation(tx).search_users(text, limit + 1);
    page.more = users.size() > static_cast<std::size_t>(limit);
    if (page.more) users.pop_back();
    for (auto& user : users) page.people.push_back(person_of(tx, std::move(user)));
    return page;
  });
}

Result<Appointment> appoint(Services& s, const Principal& who, const NewAppointment& input) {
  SB_CHECK(platform_admin(who));
  SB_TRY(email, clean_email("email", input.email));
  SB_TRY(place, appointment_place(input));
  place.email = email;
  struct Written {
    Appointment appointment;
    MembershipView role;
  };
  SB_TRY(written, write_value<Written>(s.store, [&](WriteTx& tx) -> Result<Written> {
    SB_CHECK(check_place_exists(tx, place));
    auto user = organisation(tx).find_user_by_email(email);
    if (!user) {
      SB_TRY(created, add_invitation(s, tx, who, place));
      return Written{Appointment{std::nullopt, std::move(created)}, {}};
    }
    if (holds_invited_role(organisation(tx).list_memberships_of_user(user->id), place)) {
      return std::unexpected(Error{ErrorCode::already_exists, "This person already has this role here.", "email"});
    }
    Membership membership{0, user->id, place.role, std::nullopt, place.school_id, place.bestuur_id};
    SB_TRY(id, organisation(tx).insert_membership(membership));
    (void)organisation(tx).append_audit({s.clock.now(), who.user.id, "membership.appoint", "membership:" + std::to_string(id),
                                         std::string(to_string(place.role)) + " for user:" + std::to_string(user->id)});
    auto person = person_of(tx, std::move(*user));
    const auto role = std::find_if(person.memberships.begin(), person.memberships.end(),
                                   [&](const MembershipView& m) { return m.id == id; });
    if (role == person.memberships.end()) return std::unexpected(Error::internal("Membership vanished after insert."));
    auto view = *role;
    return Written{Appointment{std::move(person), std::nullopt}, std::move(view)};
  }));
  if (written.appointment.invitation) {
    mail_invitation(s, who, *written.appointment.invitation);
  } else {
    access_changed(s);
    mail_appointment(s, who, *written.appointment.person, written.role);
  }
  return std::move(written.appointment);
}

std::optional<InvitationView> open_appointment_like(Services& s, const Principal& who, const NewAppointment& input) {
  auto email = clean_email("email", input.email);
  auto place = appointment_place(input);
  if (!platform_admin(who) || !email || !place) return std::nullopt;
  place->email = *email;
  auto found = read_value<std::optional<InvitationView>>(s.store, [&](ReadTx& tx) -> Result<std::optional<InvitationView>> {
    auto open = organisation(tx).find_open_invitation_like(*place, s.clock.now());
    if (!open) return std::optional<InvitationView>();
    return std::optional<InvitationView>(invitation_view(tx, std::move(*open)));
  });
  return found ? *found : std::nullopt;
}

Result<std::vector<InvitationView>> list_open_appointments(Services& s, const Principal& who) {
  SB_CHECK(platform_admin(who));
  return read_value<std::vector<InvitationView>>(s.store, [&](ReadTx& tx) -> Result<std::vector<InvitationView>> {
    std::vector<InvitationView> out;
    for (auto& invitation : organisation(tx).list_open_invitations_of_roles(kAppointedRoles, s.clock.now())) {
      out.push_back(invitation_view(tx, std::move(invitation)));
    }
    return out;
  });
}

Result<Person> set_platform_admin(Services& s, const Principal& who, Id user_id, bool is_admin) {
  SB_CHECK(platform_admin(who));
  SB_TRY(person, write_value<Person>(s.store, [&](WriteTx& tx) -> Result<Person> {
    auto user = organisation(tx).find_user(user_id);
    if (!user) return std::unexpected(Error::not_found("No such person."));
    if (user->is_admin == is_admin) return person_of(tx, std::move(*user));
    if (!is_admin && organisation(tx).count_admins() <= 1) {
      return std::unexpected(Error{ErrorCode::failed_precondition,
                                   "The platform needs at least one platform admin: make someone else admin first.",
                                   "is_admin"});
    }
    SB_CHECK(organisation(tx).set_user_admin(user_id, is_admin));
    (void)organisation(tx).append_audit({s.clock.now(), who.user.id, is_admin ? "admin.grant" : "admin.end",
                                         "user:" + std::to_string(user_id), ""});
    user->is_admin = is_admin;
    return person_of(tx, std::move(*user));
  }));
  access_changed(s);
  return person;
}

}  // namespace sb
