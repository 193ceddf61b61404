// The measurements module's things (metingen): a questionnaire of statements on
// a 1–5 agreement scale grouped into dimensions of the learning culture, a
// round a school runs with it for chosen teams (a baseline or a follow-up), and
// what staff answered. Answers are kept as counts per round, team, statement
// and scale point only — never per person — so no answer can be tied to who
// gave it or to the link it came through.
// Thread-safety: plain values.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/model.h"

namespace sb {

// The points of the agreement scale: 1 (helemaal oneens) to 5 (helemaal eens).
inline constexpr int kScalePoints = 5;

// A baseline (nulmeting) before the trajectory, a follow-up (vervolgmeting) later.
enum class MeasurementKind { baseline, follow_up };
std::string_view to_string(MeasurementKind kind);
std::optional<MeasurementKind> parse_measurement_kind(std::string_view text);

struct CultureStatement {
  std::string dimension;  // e.g. "Samen leren"
  std::string text;       // e.g. "Ik bereid lessen samen met collega's voor."
};

struct Questionnaire {
  Id id = 0;
  std::string title;
  std::string description;
  std::vector<CultureStatement> statements;  // in the order they are asked
  UnixTime created_at = 0;
};

// The dimensions of a questionnaire in the order they first appear.
std::vector<std::string> dimensions_of(const Questionnaire& questionnaire);

// A team in a round: how many people were invited and how many answered.
struct MeasurementTeam {
  Id team_id = 0;
  int invited = 0;
  int answered = 0;
  std::string team_name;  // filled by the use case from the organisation
};

struct MeasurementRound {
  Id id = 0;
  Id school_id = 0;
  Id questionnaire_id = 0;
  MeasurementKind kind = MeasurementKind::baseline;
  std::string title;  // e.g. "Nulmeting najaar 2026"
  Id opened_by = 0;
  UnixTime opened_at = 0;
  std::optional<UnixTime> closed_at;  // from then on no link works
  bool released = false;              // the school's teachers see the results
  std::vector<MeasurementTeam> teams;
};

// How many answers each scale point got: index 0 is point 1.
using PointCounts = std::array<int, kScalePoints>;

// The stored counts of one team in one round: per statement (by its position) the counts per point.
struct TeamCounts {
  Id team_id = 0;
  int answered = 0;                    // people who answered
  std::vector<PointCounts> statements; // one per statement of the questionnaire
};

// One person's answer: a point 1–5 for every statement, by position.
using MeasurementAnswers = std::vector<int>;

}  // namespace sb
