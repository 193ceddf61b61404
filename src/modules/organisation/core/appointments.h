// Use cases of the platform admin for the people around the schools: finding
// a person and their roles, appointing bestuurders (into a bestuur), programme
// staff (on the platform) and expert coaches (into a school) by e-mail
// address, and giving or ending platform admin rights. Ending a role is
// remove_membership (organisation.h). Every function asks the policy for
// administer_platform.
//
// Appointing an address with an account gives it the role at once (and mails
// a note); an address without one gets an invitation (invitations.h), whose
// link tells nobody whether an account exists. The admin may be told which of
// the two happened: they can find every account through search_people anyway.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/organisation/core/invitations.h"

namespace sb {

inline constexpr int kMaxPeoplePerPage = 50;
inline constexpr std::size_t kMaxSearchLength = 200;

struct Person {
  User user;
  std::vector<MembershipView> memberships;
};

struct PeoplePage {
  std::vector<Person> people;
  bool more = false;  // more people match than were returned
};

// People whose name or e-mail address contains `query`, by name, at most
// `limit` (1..kMaxPeoplePerPage), each with every role they hold.
Result<PeoplePage> search_people(Services& s, const Principal& who, std::string_view query, int limit);

struct NewAppointment {
  std::string email;
  std::string role;               // bestuurder, programmabeheerder or expertcoach
  std::optional<Id> bestuur_id;   // for bestuurder
  std::optional<Id> school_id;    // for expertcoach
};

// Either the person with their new role, or the invitation sent to the address.
struct Appointment {
  std::optional<Person> person;
  std::optional<CreatedInvitation> invitation;
};

Result<Appointment> appoint(Services& s, const Principal& who, const NewAppointment& input);
// The open invitation that makes appoint refuse this input as a second one, to offer sending it again.
std::optional<InvitationView> open_appointment_like(Services& s, const Principal& who, const NewAppointment& input);

// Open invitations into the roles the platform appoints, wherever they lead.
Result<std::vector<InvitationView>> list_open_appointments(Services& s, const Principal& who);

// Gives or ends a person's platform admin rights. The last platform admin
// cannot end theirs (failed_precondition): someone must be able to appoint.
Result<Person> set_platform_admin(Services& s, const Principal& who, Id user_id, bool is_admin);

}  // namespace sb
