// The mentoring programme's vocabulary: mentors, mentees, the staff's
// decisions (locks, forbidden pairs, cross-region allowances) and the weights
// that turn preferences into a score.
//
// Mentors come from companies and apply in one of two tracks
// (leidinggevende or expert); mentees are school leaders and school coaches.
// These are plain values: the CSV layer fills them, the engine reads them.
// Thread-safety: plain values; safe to share read-only between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sb::mentoring {

// The two tracks in which a mentor can apply (PRODUCT.md §9).
enum class Track : std::uint8_t {
  // Team leader, manager, Lean manager, CI manager: paired with a school leader.
  leidinggevende,
  // Lean expert, CI expert, Scrum master, Agile coach or similar: paired with a school coach.
  expert,
};

// What a mentee does at school; only these two take part in the programme.
enum class MenteeRole : std::uint8_t {
  schoolleider,
  schoolcoach,
  // Any other role (e.g. a teacher who is not a school coach); never paired.
  other,
};

// School sectors as bits so that a mentor can prefer several at once.
enum class Sector : std::uint8_t { po = 1, vo = 2, mbo = 4, hbo = 8 };
using SectorSet = std::uint8_t;  // an OR of Sector bits; 0 means "no preference"

enum class MeetingMode : std::uint8_t { in_person, online, either };

// The meeting months of the programme (December to March) as bits. An empty
// set is read as "available in every month" because people who leave the
// column empty have not ruled any month out.
enum class Month : std::uint8_t { december = 1, january = 2, february = 4, march = 8 };
using MonthSet = std::uint8_t;
inline constexpr MonthSet kAllMonths = 0x0F;

// Whether staff allow this person to be paired outside their own region.
enum class RegionScope : std::uint8_t { own_region, any_region };

// An optional position for travel distance, in decimal degrees.
struct GeoPoint {
  double latitude = 0;
  double longitude = 0;
};

struct Mentor {
  std::string id;
  std::string name;
  std::string organisation;
  std::string role;  // job title as written, e.g. "Scrum master"
  Track track = Track::leidinggevende;
  int years_in_role = 0;          // years as a manager (leidinggevende) or in the expert role
  int team_size = 0;              // people led; counts for leidinggevende only
  int years_ci_experience = 0;    // continuous-improvement experience; counts for expert only
  int capacity = 1;               // how many mentees this mentor will take
  std::string region;
  std::string municipality;
  std::optional<GeoPoint> location;
  RegionScope region_scope = RegionScope::own_region;
  SectorSet preferred_sectors = 0;
  MeetingMode mode = MeetingMode::either;
  MonthSet months = kAllMonths;
  std::string topics;  // free text; keywords are extracted by scoring
  int source_line = 0; // CSV line, for messages; 0 when not from a file
};

struct Mentee {
  std::string id;
  std::string name;
  std::string school;
  MenteeRole role = MenteeRole::schoolleider;
  std::string role_text;  // as written, for messages
  bool in_inspiration_programme = true;
  Sector sector = Sector::po;
  std::string region;
  std::string municipality;
  std::optional<GeoPoint> location;
  RegionScope region_scope = RegionScope::own_region;
  MeetingMode mode = MeetingMode::either;
  MonthSet months = kAllMonths;
  std::string topics;
  int source_line = 0;
};

// A pair by ids, as staff name it in locks, forbidden pairs and questions.
struct PairIds {
  std::string mentor_id;
  std::string mentee_id;
  friend bool operator==(const PairIds&, const PairIds&) = default;
};

// Points per criterion when it is fully met. Scores are integers; a pair's
// score is the sum of its criteria, each between 0 and its weight.
struct Weights {
  int sector = 30;
  int meeting_mode = 20;
  int availability = 20;
  int distance = 20;
  int topics = 10;
  // Beyond this distance travel earns no points; closer earns proportionally more.
  int max_distance_km = 50;
  // Shared keywords needed for the full topic points.
  int topics_for_full_points = 3;
};

// Everything the engine needs for one pairing round.
struct Pool {
  std::vector<Mentor> mentors;
  std::vector<Mentee> mentees;
  std::vector<PairIds> locked;     // kept as they are; they use the mentor's capacity
  std::vector<PairIds> forbidden;  // never proposed
  Weights weights;
};

}  // namespace sb::mentoring
