#include "modules/mentoring/core/scoring.h"

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <string>

namespace sb::mentoring {
namespace {

constexpr int kMonthsInProgramme = 4;
constexpr int kMaxWeight = 1000;

bool modes_fit(MeetingMode a, MeetingMode b) {
  return a == MeetingMode::either || b == MeetingMode::either || a == b;
}

bool can_meet_in_person(MeetingMode a, MeetingMode b) {
  return a != MeetingMode::online && b != MeetingMode::online;
}

int shared_keywords(const std::vector<std::int32_t>& a, const std::vector<std::int32_t>& b) {
  int shared = 0;
  if (a.empty() || b.empty() || a.back() < b.front() || b.back() < a.front()) return 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return shared;
}

int distance_points(const ScoringProfile& mentor, const ScoringProfile& mentee, const Weights& weights) {
  if (!can_meet_in_person(mentor.mode, mentee.mode)) return 0;
  if (!mentor.municipality.empty() && mentor.municipality == mentee.municipality) return weights.distance;
  if (!mentor.location || !mentee.location) return 0;
  const double km = distance_km(*mentor.location, *mentee.location);
  if (!(km < weights.max_distance_km)) return 0;
  return static_cast<int>(std::floor(weights.distance * (1.0 - km / weights.max_distance_km)));
}

}  // namespace

double distance_km(const GeoPoint& a, const GeoPoint& b) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRadiansPerDegree = 3.14159265358979323846 / 180.0;
  const double dlat = (b.latitude - a.latitude) * kRadiansPerDegree;
  const double dlon = (b.longitude - a.longitude) * kRadiansPerDegree;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(a.latitude * kRadiansPerDegree) *
                                                                 std::cos(b.latitude * kRadiansPerDegree) *
                                                                 std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

ScoreBreakdown score_pair(const ScoringProfile& mentor, const ScoringProfile& mentee, const Weights& weights) {
  ScoreBreakdown score;
  if (mentor.sectors == 0 || (mentor.sectors & mentee.sectors) != 0) score.sector = weights.sector;
  if (modes_fit(mentor.mode, mentee.mode)) score.meeting_mode = weights.meeting_mode;
  // A table instead of std::popcount: without -mpopcnt that is a library call,
  // and this runs for every allowed pair of the pool.
  static constexpr std::uint8_t kBitsIn[16] = {0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4};
  static_assert(kAllMonths == 0x0F);
  const int months = kBitsIn[mentor.months & mentee.months & kAllMonths];
  score.availability = weights.availability * months / kMonthsInProgramme;
  score.distance = distance_points(mentor, mentee, weights);
  const int shared = std::min(shared_keywords(mentor.keywords, mentee.keywords), weights.topics_for_full_points);
  score.topics = weights.topics * shared / weights.topics_for_full_points;
  return score;
}

Result<void> set_weight(Weights& weights, std::string_view name, std::int64_t value) {
  if (value < 0 || value > 1'000'000) {
    return std::unexpected(Error::invalid(std::string(name), "weight " + std::string(name) + " is out of range"));
  }
  const int v = static_cast<int>(value);
  if (name == "sector") {
    weights.sector = v;
  } else if (name == "meeting_mode" || name == "vorm") {
    weights.meeting_mode = v;
  } else if (name == "availability" || name == "beschikbaarheid") {
    weights.availability = v;
  } else if (name == "distance" || name == "afstand") {
    weights.distance = v;
  } else if (name == "topics" || name == "onderwerpen") {
    weights.topics = v;
  } else if (name == "max_distance_km" || name == "max_afstand_km") {
    weights.max_distance_km = v;
  } else if (name == "topics_for_full_points" || name == "onderwerpen_voor_volle_punten") {
    weights.topics_for_full_points = v;
  } else {
    return std::unexpected(Error::invalid(std::string(name), "unknown weight '" + std::string(name) + "'"));
  }
  return ok();
}

Result<void> validate(const Weights& weights) {
  const std::pair<const char*, int> points[] = {{"sector", weights.sector},
                                                {"meeting_mode", weights.meeting_mode},
                                                {"availability", weights.availability},
                                                {"distance", weights.distance},
                                                {"topics", weights.topics}};
  for (const auto& [name, value] : points) {
    if (value < 0 || value > kMaxWeight) {
      return std::unexpected(
          Error::invalid(name, std::string("weight ") + name + " must be between 0 and " + std::to_string(kMaxWeight)));
    }
  }
  if (weights.max_distance_km < 1 || weights.max_distance_km > 1000) {
    return std::unexpected(Error::invalid("max_distance_km", "max_distance_km must be between 1 and 1000"));
  }
  if (weights.topics_for_full_points < 1 || weights.topics_for_full_points > 50) {
    return std::unexpected(
        Error::invalid("topics_for_full_points", "topics_for_full_points must be between 1 and 50"));
  }
  return ok();
}

}  // namespace sb::mentoring
