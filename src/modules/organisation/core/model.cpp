#include "modules/organisation/core/model.h"

#include "kernel/enum_names.h"

namespace sb {
namespace {

constexpr EnumNames<Sector, 4> kSectors{{{Sector::po, "PO"}, {Sector::vo, "VO"}, {Sector::mbo, "MBO"}, {Sector::hbo, "HBO"}}};
constexpr EnumNames<Region, 3> kRegions{{{Region::noord, "noord"}, {Region::midden, "midden"}, {Region::zuid, "zuid"}}};

}  // namespace

std::string_view to_string(Sector sector) { return name_in(kSectors, sector); }
std::string_view to_string(Region region) { return name_in(kRegions, region); }
std::optional<Sector> parse_sector(std::string_view text) { return parse_in(kSectors, text); }
std::optional<Region> parse_region(std::string_view text) { return parse_in(kRegions, text); }

}  // namespace sb
