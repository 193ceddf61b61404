#include "kernel/model.h"

#include "kernel/enum_names.h"

namespace sb {
namespace {

constexpr EnumNames<Role, 6> kRoles{{{Role::leraar, "leraar"},
                                     {Role::schoolcoach, "schoolcoach"},
                                     {Role::schoolleider, "schoolleider"},
                                     {Role::bestuurder, "bestuurder"},
                                     {Role::expertcoach, "expertcoach"},
                                     {Role::programmabeheerder, "programmabeheerder"}}};
constexpr EnumNames<Locale, 2> kLocales{{{Locale::nl, "nl"}, {Locale::en, "en"}}};

}  // namespace

ScopeKind scope_of(Role role) {
  switch (role) {
    case Role::leraar: return ScopeKind::team;
    case Role::schoolcoach:
    case Role::schoolleider:
    case Role::expertcoach: return ScopeKind::school;
    case Role::bestuurder: return ScopeKind::bestuur;
    case Role::programmabeheerder: return ScopeKind::platform;
  }
  return ScopeKind::platform;
}

std::string_view to_string(Role role) { return name_in(kRoles, role); }
std::string_view to_string(Locale locale) { return name_in(kLocales, locale); }
std::optional<Role> parse_role(std::string_view text) { return parse_in(kRoles, text); }
std::optional<Locale> parse_locale(std::string_view text) { return parse_in(kLocales, text); }

}  // namespace sb
