// How well a mentor and a mentee fit, as integer points per criterion.
//
// Each criterion earns between 0 and its weight (Weights in model.h), and the
// score of a pair is their sum:
//  - sector: the mentee's school sector is one the mentor prefers (or the
//    mentor has no preference);
//  - meeting mode: in person and online are compatible unless one wants only
//    in person and the other only online; "either" fits both;
//  - availability: the share of the four programme months (December–March)
//    both can meet, rounded down;
//  - distance: only when they can meet in person; the same municipality earns
//    everything, otherwise points fall linearly to 0 at max_distance_km when
//    both have coordinates, and 0 without coordinates;
//  - topics: shared keywords of the free-text topic fields, full points at
//    topics_for_full_points shared keywords.
// Everything is integer arithmetic apart from the great-circle distance, so
// the same input always gives the same score. Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kernel/error.h"
#include "modules/mentoring/core/model.h"

namespace sb::mentoring {

struct ScoreBreakdown {
  int sector = 0;
  int meeting_mode = 0;
  int availability = 0;
  int distance = 0;
  int topics = 0;

  int total() const { return sector + meeting_mode + availability + distance + topics; }
  friend bool operator==(const ScoreBreakdown&, const ScoreBreakdown&) = default;
};

// What scoring needs of one side, prepared once per person. Keywords are
// ids from a dictionary shared by both sides of one pool, kept sorted.
struct ScoringProfile {
  SectorSet sectors = 0;  // a mentor's preferences (0 = any) or a mentee's own sector
  MeetingMode mode = MeetingMode::either;
  MonthSet months = kAllMonths;
  std::string municipality;  // folded; empty when unknown
  std::optional<GeoPoint> location;
  std::vector<std::int32_t> keywords;
};

ScoreBreakdown score_pair(const ScoringProfile& mentor, const ScoringProfile& mentee, const Weights& weights);

// Great-circle distance in kilometres.
double distance_km(const GeoPoint& a, const GeoPoint& b);

// The weight names staff use in weights.json, in English or Dutch:
// sector, meeting_mode (vorm), availability (beschikbaarheid), distance
// (afstand), topics (onderwerpen), max_distance_km (max_afstand_km),
// topics_for_full_points (onderwerpen_voor_volle_punten).
Result<void> set_weight(Weights& weights, std::string_view name, std::int64_t value);

// Weights are 0..1000 points each; max_distance_km 1..1000; topics_for_full_points 1..50.
Result<void> validate(const Weights& weights);

}  // namespace sb::mentoring
