#include "core/model.h"
#include "core/board_model.h"

#include <array>
#include <utility>

namespace sb {
namespace {

// One table per enum keeps parse and print in step.
constexpr std::array<std::pair<Sector, std::string_view>, 4> kSectors{{
    {Sector::po, "PO"}, {Sector::vo, "VO"}, {Sector::mbo, "MBO"}, {Sector::hbo, "HBO"}}};
constexpr std::array<std::pair<Region, std::string_view>, 3> kRegions{{
    {Region::noord, "noord"}, {Region::midden, "midden"}, {Region::zuid, "zuid"}}};
constexpr std::array<std::pair<Role, std::string_view>, 6> kRoles{{
    {Role::leraar, "leraar"},
    {Role::schoolcoach, "schoolcoach"},
    {Role::schoolleider, "schoolleider"},
    {Role::bestuurder, "bestuurder"},
    {Role::expertcoach, "expertcoach"},
    {Role::programmabeheerder, "programmabeheerder"}}};
constexpr std::array<std::pair<Locale, std::string_view>, 2> kLocales{{{Locale::nl, "nl"}, {Locale::en, "en"}}};

template <typename Enum, std::size_t N>
std::string_view name_in(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse_in(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view text) {
  for (const auto& [e, name] : table) {
    if (name == text) return e;
  }
  return std::nullopt;
}

constexpr std::array<std::pair<GoalUnit, std::string_view>, 4> kUnits{{
    {GoalUnit::percentage, "percentage"}, {GoalUnit::count, "count"}, {GoalUnit::score, "score"}, {GoalUnit::yes_no, "yes_no"}}};
constexpr std::array<std::pair<Direction, std::string_view>, 2> kDirections{{{Direction::higher, "higher"}, {Direction::lower, "lower"}}};
constexpr std::array<std::pair<ItemKind, std::string_view>, 5> kKinds{{{ItemKind::action, "action"},
                                                                       {ItemKind::success, "success"},
                                                                       {ItemKind::obstacle, "obstacle"},
                                                                       {ItemKind::idea, "idea"},
                                                                       {ItemKind::agreement, "agreement"}}};

}  // namespace

std::string_view to_string(GoalUnit unit) { return name_in(kUnits, unit); }
std::string_view to_string(Direction direction) { return name_in(kDirections, direction); }
std::string_view to_string(ItemKind kind) { return name_in(kKinds, kind); }
std::optional<GoalUnit> parse_goal_unit(std::string_view text) { return parse_in(kUnits, text); }
std::optional<Direction> parse_direction(std::string_view text) { return parse_in(kDirections, text); }
std::optional<ItemKind> parse_item_kind(std::string_view text) { return parse_in(kKinds, text); }

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

std::string_view to_string(Sector sector) { return name_in(kSectors, sector); }
std::string_view to_string(Region region) { return name_in(kRegions, region); }
std::string_view to_string(Role role) { return name_in(kRoles, role); }
std::string_view to_string(Locale locale) { return name_in(kLocales, locale); }
std::optional<Sector> parse_sector(std::string_view text) { return parse_in(kSectors, text); }
std::optional<Region> parse_region(std::string_view text) { return parse_in(kRegions, text); }
std::optional<Role> parse_role(std::string_view text) { return parse_in(kRoles, text); }
std::optional<Locale> parse_locale(std::string_view text) { return parse_in(kLocales, text); }

}  // namespace sb
