#include "modules/mentoring/core/pool_csv.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <optional>
#include <unordered_map>

#include "modules/mentoring/core/csv.h"
#include "modules/mentoring/core/text.h"

namespace sb::mentoring {
namespace {

// A column header folded for matching: lowercase, with ' ', '-' and '_' all '_'.
std::string header_key(std::string_view header) {
  std::string key = fold(header);
  std::replace_if(key.begin(), key.end(), [](char c) { return c == ' ' || c == '-'; }, '_');
  return key;
}

struct ColumnSpec {
  const char* name;  // the Dutch name used in messages and examples
  std::vector<std::string_view> aliases;
  bool required;
};

// Looks up the fields of one record by column name.
class Columns {
 public:
  Columns(const CsvRecord& header, const std::vector<ColumnSpec>& specs, std::vector<RowError>& errors) {
    std::vector<std::string> keys;
    for (const auto& field : header.fields) keys.push_back(header_key(field));
    for (const auto& spec : specs) {
      int position = -1;
      for (std::size_t k = 0; k < keys.size() && position < 0; ++k) {
        for (const auto alias : spec.aliases) {
          if (keys[k] == alias) position = static_cast<int>(k);
        }
      }
      positions_.emplace_back(spec.name, position);
      if (position < 0 && spec.required) {
        errors.push_back({header.line, spec.name,
                          {std::string("verplichte kolom '") + spec.name + "' ontbreekt",
                           std::string("required column '") + spec.name + "' is missing"}});
      }
    }
  }

  std::string_view get(const CsvRecord& record, std::string_view name) const {
    for (const auto& [column, position] : positions_) {
      if (column == name) {
        if (position < 0 || static_cast<std::size_t>(position) >= record.fields.size()) return {};
        return trim(record.fields[static_cast<std::size_t>(position)]);
      }
    }
    return {};
  }

 private:
  std::vector<std::pair<std::string_view, int>> positions_;
};

// Collects the errors of one row while its fields are converted.
class RowReader {
 public:
  RowReader(const Columns& columns, const CsvRecord& record, std::vector<RowError>& errors)
      : columns_(columns), record_(record), errors_(errors) {}

  bool ok() const { return ok_; }

  std::string_view text(std::string_view column) const { return columns_.get(record_, column); }

  std::string required_text(std::string_view column) {
    const auto value = text(column);
    if (value.empty()) fail(column, "is leeg", "is empty");
    return std::string(value);
  }

  int integer(std::string_view column, int fallback, int low, int high) {
    const auto value = text(column);
    if (value.empty()) return fallback;
    int parsed = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (error != std::errc{} || end != value.data() + value.size()) {
      fail(column, "'" + std::string(value) + "' is geen heel getal", "'" + std::string(value) + "' is not a whole number");
      return fallback;
    }
    if (parsed < low || parsed > high) {
      fail(column, "'" + std::string(value) + "' ligt niet tussen " + std::to_string(low) + " en " + std::to_string(high),
           "'" + std::string(value) + "' is not between " + std::to_string(low) + " and " + std::to_string(high));
      return fallback;
    }
    return parsed;
  }

  int required_integer(std::string_view column, int low, int high) {
    if (text(column).empty()) {
      fail(column, "is leeg", "is empty");
      return 0;
    }
    return integer(column, 0, low, high);
  }

  // Decimal degrees with a point or a Dutch comma.
  std::optional<GeoPoint> location(std::string_view latitude_column, std::string_view longitude_column) {
    const auto lat = decimal(latitude_column, -90, 90);
    const auto lon = decimal(longitude_column, -180, 180);
    if (lat && lon) return GeoPoint{*lat, *lon};
    if (lat.has_value() != lon.has_value()) {
      fail(lat ? longitude_column : latitude_column, "ontbreekt terwijl de andere coördinaat er wel is",
           "is missing while the other coordinate is given");
    }
    return std::nullopt;
  }

  bool yes_no(std::string_view column, bool fallback) {
    const std::string value = fold(text(column));
    if (value.empty()) return fallback;
    if (value == "ja" || value == "j" || value == "yes" || value == "y" || value == "1" || value == "waar" || value == "true") return true;
    if (value == "nee" || value == "n" || value == "no" || value == "0" || value == "onwaar" || value == "false") return false;
    fail(column, "'" + std::string(text(column)) + "' is geen ja of nee", "'" + std::string(text(column)) + "' is not yes or no");
    return fallback;
  }

  MeetingMode mode(std::string_view column) {
    const std::string value = fold(text(column));
    if (value.empty() || value == "beide" || value == "both" || value == "either" || value == "maakt niet uit" ||
        value == "geen voorkeur" || value == "hybride") {
      return MeetingMode::either;
    }
    if (value == "online" || value == "digitaal" || value == "op afstand") return MeetingMode::online;
    if (value == "in persoon" || value == "fysiek" || value == "op locatie" || value == "live" || value == "in person") {
      return MeetingMode::in_person;
    }
    fail(column, "'" + std::string(text(column)) + "' is geen vorm (in persoon, online of beide)",
         "'" + std::string(text(column)) + "' is not a mode (in persoon, online or beide)");
    return MeetingMode::either;
  }

  MonthSet months(std::string_view column) {
    const auto parts = split_list(text(column));
    if (parts.empty()) return kAllMonths;
    MonthSet set = 0;
    for (const auto& part : parts) {
      const std::string m = fold(part);
      if (m.starts_with("dec")) {
        set |= static_cast<MonthSet>(Month::december);
      } else if (m.starts_with("jan")) {
        set |= static_cast<MonthSet>(Month::january);
      } else if (m.starts_with("feb")) {
        set |= static_cast<MonthSet>(Month::february);
      } else if (m.starts_with("m") && (m.starts_with("mrt") || m.starts_with("maa") || m.starts_with("mar"))) {
        set |= static_cast<MonthSet>(Month::march);
      } else {
        fail(column, "'" + part + "' is geen maand van het programma (dec, jan, feb, mrt)",
             "'" + part + "' is not a programme month (dec, jan, feb, mrt)");
      }
    }
    return set;
  }

  std::optional<Sector> sector_of(std::string_view column, const std::string& part) {
    const std::string s = fold(part);
    if (s == "po" || s == "primair onderwijs" || s == "basisonderwijs") return Sector::po;
    if (s == "vo" || s == "voortgezet onderwijs") return Sector::vo;
    if (s == "mbo") return Sector::mbo;
    if (s == "hbo" || s == "pabo" || s == "hbo/pabo") return Sector::hbo;
    fail(column, "'" + part + "' is geen sector (PO, VO, MBO, HBO)", "'" + part + "' is not a sector (PO, VO, MBO, HBO)");
    return std::nullopt;
  }

  void fail(std::string_view column, const std::string& nl, const std::string& en) {
    ok_ = false;
    errors_.push_back({record_.line, std::string(column),
                       {"kolom " + std::string(column) + ": " + nl, "column " + std::string(column) + ": " + en}});
  }

 private:
  std::optional<double> decimal(std::string_view column, double low, double high) {
    std::string value(text(column));
    if (value.empty()) return std::nullopt;
    std::replace(value.begin(), value.end(), ',', '.');
    char* end = nullptr;
    const double parsed = std::strtod(value.c_str(), &end);
    if (end != value.c_str() + value.size() || !(parsed >= low && parsed <= high)) {
      fail(column, "'" + std::string(text(column)) + "' is geen geldige coördinaat",
           "'" + std::string(text(column)) + "' is not a valid coordinate");
      return std::nullopt;
    }
    return parsed;
  }

  const Columns& columns_;
  const CsvRecord& record_;
  std::vector<RowError>& errors_;
  bool ok_ = true;
};

const std::vector<ColumnSpec>& mentor_columns() {
  static const std::vector<ColumnSpec> specs = {
      {"id", {"id", "mentor_id", "nummer", "nr"}, true},
      {"naam", {"naam", "name", "volledige_naam"}, true},
      {"organisatie", {"organisatie", "organisation", "organization", "bedrijf", "company"}, false},
      {"functie", {"functie", "role", "rol", "job_title"}, false},
      {"spoor", {"spoor", "track"}, false},
      {"jaren_in_rol", {"jaren_in_rol", "years_in_role", "jaren_ervaring", "jaren_als_leidinggevende"}, true},
      {"teamgrootte", {"teamgrootte", "team_size", "aantal_medewerkers"}, false},
      {"jaren_continu_verbeteren", {"jaren_continu_verbeteren", "jaren_cv", "years_ci", "years_ci_experience"}, false},
      {"capaciteit", {"capaciteit", "capacity", "max_mentees"}, false},
      {"regio", {"regio", "region"}, true},
      {"gemeente", {"gemeente", "municipality", "plaats"}, false},
      {"breedtegraad", {"breedtegraad", "latitude", "lat"}, false},
      {"lengtegraad", {"lengtegraad", "longitude", "lon", "lng"}, false},
      {"andere_regio_toegestaan", {"andere_regio_toegestaan", "andere_regio", "cross_region"}, false},
      {"sectoren", {"sectoren", "sectorvoorkeur", "sectors", "sector"}, false},
      {"vorm", {"vorm", "mode", "meeting_mode"}, false},
      {"maanden", {"maanden", "beschikbaarheid", "months", "availability"}, false},
      {"onderwerpen", {"onderwerpen", "topics", "thema's", "themas"}, false},
  };
  return specs;
}

const std::vector<ColumnSpec>& mentee_columns() {
  static const std::vector<ColumnSpec> specs = {
      {"id", {"id", "mentee_id", "nummer", "nr"}, true},
      {"naam", {"naam", "name", "volledige_naam"}, true},
      {"school", {"school", "schoolnaam"}, false},
      {"rol", {"rol", "role", "functie"}, true},
      {"sector", {"sector"}, true},
      {"regio", {"regio", "region"}, true},
      {"gemeente", {"gemeente", "municipality", "plaats"}, false},
      {"breedtegraad", {"breedtegraad", "latitude", "lat"}, false},
      {"lengtegraad", {"lengtegraad", "longitude", "lon", "lng"}, false},
      {"andere_regio_toegestaan", {"andere_regio_toegestaan", "andere_regio", "cross_region"}, false},
      {"vorm", {"vorm", "mode", "meeting_mode"}, false},
      {"maanden", {"maanden", "beschikbaarheid", "months", "availability"}, false},
      {"onderwerpen", {"onderwerpen", "topics", "thema's", "themas"}, false},
      {"inspiratieprogramma", {"inspiratieprogramma", "inspiration_programme"}, false},
      {"vaste_mentor", {"vaste_mentor", "locked_mentor", "vastgezet_met"}, false},
      {"niet_koppelen_met", {"niet_koppelen_met", "forbidden_mentors", "niet_met"}, false},
  };
  return specs;
}

std::optional<Track> track_from_text(const std::string& folded) {
  if (folded.empty()) return std::nullopt;
  if (folded.find("leidinggevende") != std::string::npos || folded.find("manager") != std::string::npos ||
      folded.find("teamleider") != std::string::npos || folded.find("team leader") != std::string::npos ||
      folded.find("teamlead") != std::string::npos) {
    return Track::leidinggevende;
  }
  if (folded.find("expert") != std::string::npos || folded.find("scrum") != std::string::npos ||
      folded.find("agile") != std::string::npos || folded.find("coach") != std::string::npos) {
    return Track::expert;
  }
  return std::nullopt;
}

MenteeRole mentee_role_from_text(const std::string& folded) {
  if (folded.find("schoolcoach") != std::string::npos || folded.find("school coach") != std::string::npos) {
    return MenteeRole::schoolcoach;
  }
  for (const char* leader : {"schoolleider", "school leader", "directeur", "director", "rector", "teamleider",
                             "locatieleider", "afdelingsleider", "adjunct"}) {
    if (folded.find(leader) != std::string::npos) return MenteeRole::schoolleider;
  }
  return MenteeRole::other;
}

template <typename Sheet>
bool start(std::string_view text, Sheet& sheet, const std::vector<ColumnSpec>& specs, std::optional<Columns>& columns,
           CsvTable& table) {
  auto parsed = parse_csv(text);
  if (!parsed) {
    const auto& message = parsed.error().message;
    const int line = std::atoi(parsed.error().field.c_str() + 5);  // field is "line N"
    sheet.errors.push_back({line, {}, {"ongeldige CSV: " + message, "malformed CSV: " + message}});
    return false;
  }
  table = std::move(*parsed);
  if (table.records.empty()) {
    sheet.errors.push_back({1, {}, {"het bestand is leeg", "the file is empty"}});
    return false;
  }
  const auto before = sheet.errors.size();
  columns.emplace(table.records.front(), specs, sheet.errors);
  return sheet.errors.size() == before;
}

void check_unique_ids(const std::vector<std::pair<std::string, int>>& ids, std::vector<RowError>& errors) {
  std::unordered_map<std::string, int> first_line;
  for (const auto& [id, line] : ids) {
    const auto [it, inserted] = first_line.try_emplace(id, line);
    if (!inserted) {
      errors.push_back({line, "id",
                        {"kolom id: '" + id + "' staat ook al op regel " + std::to_string(it->second),
                         "column id: '" + id + "' also appears on line " + std::to_string(it->second)}});
    }
  }
}

}  // namespace

std::optional<Track> track_of_role(std::string_view role) { return track_from_text(fold(role)); }

MentorsSheet read_mentors_csv(std::string_view text) {
  MentorsSheet sheet;
  std::optional<Columns> columns;
  CsvTable table;
  if (!start(text, sheet, mentor_columns(), columns, table)) return sheet;
  std::vector<std::pair<std::string, int>> ids;
  for (std::size_t k = 1; k < table.records.size(); ++k) {
    const auto& record = table.records[k];
    RowReader row(*columns, record, sheet.errors);
    Mentor mentor;
    mentor.source_line = record.line;
    mentor.id = row.required_text("id");
    mentor.name = row.required_text("naam");
    mentor.organisation = std::string(row.text("organisatie"));
    mentor.role = std::string(row.text("functie"));
    const std::string track_text = fold(row.text("spoor"));
    const auto track = track_from_text(track_text.empty() ? fold(mentor.role) : track_text);
    if (!track) {
      row.fail("spoor",
               track_text.empty() ? "is leeg en de functie zegt niet welk spoor (leidinggevende of expert)"
                                  : "'" + std::string(row.text("spoor")) + "' is geen spoor (leidinggevende of expert)",
               track_text.empty() ? "is empty and the role does not tell the track (leidinggevende or expert)"
                                  : "'" + std::string(row.text("spoor")) + "' is not a track (leidinggevende or expert)");
    } else {
      mentor.track = *track;
    }
    mentor.years_in_role = row.required_integer("jaren_in_rol", 0, 80);
    mentor.team_size = row.integer("teamgrootte", 0, 0, 1'000'000);
    mentor.years_ci_experience = row.integer("jaren_continu_verbeteren", 0, 0, 80);
    mentor.capacity = row.integer("capaciteit", 1, 0, 20);
    mentor.region = row.required_text("regio");
    mentor.municipality = std::string(row.text("gemeente"));
    mentor.location = row.location("breedtegraad", "lengtegraad");
    mentor.region_scope = row.yes_no("andere_regio_toegestaan", false) ? RegionScope::any_region : RegionScope::own_region;
    for (const auto& part : split_list(row.text("sectoren"))) {
      if (fold(part) == "alle" || fold(part) == "all" || fold(part) == "geen voorkeur") continue;
      if (const auto sector = row.sector_of("sectoren", part)) mentor.preferred_sectors |= static_cast<SectorSet>(*sector);
    }
    mentor.mode = row.mode("vorm");
    mentor.months = row.months("maanden");
    mentor.topics = std::string(row.text("onderwerpen"));
    if (row.ok()) {
      ids.emplace_back(mentor.id, record.line);
      sheet.mentors.push_back(std::move(mentor));
    }
  }
  check_unique_ids(ids, sheet.errors);
  return sheet;
}

MenteesSheet read_mentees_csv(std::string_view text) {
  MenteesSheet sheet;
  std::optional<Columns> columns;
  CsvTable table;
  if (!start(text, sheet, mentee_columns(), columns, table)) return sheet;
  std::vector<std::pair<std::string, int>> ids;
  for (std::size_t k = 1; k < table.records.size(); ++k) {
    const auto& record = table.records[k];
    RowReader row(*columns, record, sheet.errors);
    Mentee mentee;
    mentee.source_line = record.line;
    mentee.id = row.required_text("id");
    mentee.name = row.required_text("naam");
    mentee.school = std::string(row.text("school"));
    mentee.role_text = row.required_text("rol");
    mentee.role = mentee_role_from_text(fold(mentee.role_text));
    const auto sector_text = row.text("sector");
    if (sector_text.empty()) {
      row.fail("sector", "is leeg", "is empty");
    } else if (const auto sector = row.sector_of("sector", std::string(sector_text))) {
      mentee.sector = *sector;
    }
    mentee.region = row.required_text("regio");
    mentee.municipality = std::string(row.text("gemeente"));
    mentee.location = row.location("breedtegraad", "lengtegraad");
    mentee.region_scope = row.yes_no("andere_regio_toegestaan", false) ? RegionScope::any_region : RegionScope::own_region;
    mentee.mode = row.mode("vorm");
    mentee.months = row.months("maanden");
    mentee.topics = std::string(row.text("onderwerpen"));
    mentee.in_inspiration_programme = row.yes_no("inspiratieprogramma", true);
    const std::string locked(row.text("vaste_mentor"));
    const auto forbidden = split_list(row.text("niet_koppelen_met"));
    if (!locked.empty() && std::find(forbidden.begin(), forbidden.end(), locked) != forbidden.end()) {
      row.fail("vaste_mentor", "mentor " + locked + " staat ook in niet_koppelen_met",
               "mentor " + locked + " is also listed in niet_koppelen_met");
    }
    if (row.ok()) {
      if (!locked.empty()) sheet.locked.push_back({locked, mentee.id});
      for (const auto& mentor_id : forbidden) sheet.forbidden.push_back({mentor_id, mentee.id});
      ids.emplace_back(mentee.id, record.line);
      sheet.mentees.push_back(std::move(mentee));
    }
  }
  check_unique_ids(ids, sheet.errors);
  return sheet;
}

std::string write_pairs_csv(const Pool& pool, const MatchResult& result) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"status", "mentor_id", "mentor_naam", "spoor", "mentee_id", "mentee_naam", "rol", "school",
                  "regio_mentor", "regio_mentee", "score", "sector", "vorm", "beschikbaarheid", "afstand", "onderwerpen",
                  "toelichting"});
  for (const auto& pair : result.pairs) {
    const auto& mentor = pool.mentors[static_cast<std::size_t>(pair.mentor)];
    const auto& mentee = pool.mentees[static_cast<std::size_t>(pair.mentee)];
    std::string note;
    for (const auto& n : pair.notes) note += (note.empty() ? "" : "; ") + n.nl;
    rows.push_back({pair.origin == PairOrigin::locked ? "vastgezet" : "gekoppeld", mentor.id, mentor.name,
                    mentor.track == Track::leidinggevende ? "leidinggevende" : "expert", mentee.id, mentee.name,
                    mentee.role_text, mentee.school, mentor.region, mentee.region, std::to_string(pair.score.total()),
                    std::to_string(pair.score.sector), std::to_string(pair.score.meeting_mode),
                    std::to_string(pair.score.availability), std::to_string(pair.score.distance),
                    std::to_string(pair.score.topics), note});
  }
  for (const auto& unpaired : result.unpaired_mentors) {
    const auto& mentor = pool.mentors[static_cast<std::size_t>(unpaired.index)];
    rows.push_back({"mentor niet gekoppeld", mentor.id, mentor.name,
                    mentor.track == Track::leidinggevende ? "leidinggevende" : "expert", "", "", "", "", mentor.region,
                    "", "", "", "", "", "", "", unpaired.text.nl});
  }
  for (const auto& unpaired : result.unpaired_mentees) {
    const auto& mentee = pool.mentees[static_cast<std::size_t>(unpaired.index)];
    rows.push_back({"mentee niet gekoppeld", "", "", "", mentee.id, mentee.name, mentee.role_text, mentee.school, "",
                    mentee.region, "", "", "", "", "", "", unpaired.text.nl});
  }
  return write_csv(rows, ByteOrderMark::include);
}

}  // namespace sb::mentoring
