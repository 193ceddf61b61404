// The rules of metingen, apart from storage: what a questionnaire and a round
// may hold, what one person's answers must be, when a single-use link may be
// used, and what results show. Results show only for groups of at least five
// answers; a total (a school over its teams, a bestuur over its schools) also
// stays hidden when the hidden parts under it hold one to four answers, since
// the total minus the shown parts would give their results away.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/error.h"
#include "modules/measurements/core/model.h"

namespace sb {

inline constexpr int kMeasurementMinGroup = 5;
inline constexpr std::size_t kMaxQuestionnaireTitle = 120;
inline constexpr std::size_t kMaxQuestionnaireDescription = 1000;
inline constexpr std::size_t kMaxDimensionName = 60;
inline constexpr std::size_t kMaxStatementText = 300;
inline constexpr std::size_t kMaxStatements = 60;
inline constexpr std::size_t kMaxRoundTitle = 120;
inline constexpr std::size_t kMaxRoundTeams = 50;
inline constexpr std::size_t kMinLinkToken = 16;
inline constexpr std::size_t kMaxLinkToken = 128;

struct NewQuestionnaire {
  std::string title;
  std::string description;
  std::vector<CultureStatement> statements;
};
// The questionnaire as it will be stored (without id and time), or the first problem.
Result<Questionnaire> check_new_questionnaire(const NewQuestionnaire& input);

struct NewMeasurementRound {
  Id questionnaire_id = 0;
  std::string kind;  // baseline | follow_up
  std::string title;
  std::vector<Id> team_ids;
};
// The round as it will be stored (without id, school, opener, time and counts), or the first problem.
Result<MeasurementRound> check_new_measurement_round(const NewMeasurementRound& input);

// One person's answers: exactly one point 1–5 for every statement, in order.
Result<MeasurementAnswers> check_measurement_answers(const Questionnaire& questionnaire, const MeasurementAnswers& answers);

// A link's token as the page sends it: 16–128 characters of [A-Za-z0-9_-].
Result<void> check_link_token(std::string_view token);

// What a link may do. A token is either still open (never used), in the used list, or unknown.
enum class LinkUse { answer, used, closed, unknown };
LinkUse link_use(bool token_open, bool token_used, bool round_open);
// The refusal for every LinkUse but answer.
Error link_refusal(LinkUse use);

// Counts per point, summed over a dimension's statements.
struct DimensionCounts {
  std::string dimension;
  PointCounts counts{};
};
// The counts of a group (a team, a school, a bestuur) per dimension, in the questionnaire's order.
std::vector<DimensionCounts> dimension_counts(const Questionnaire& questionnaire, const TeamCounts& counts);
// `into` plus `more`, matched by dimension name; a dimension only in `more` is added at the end.
void add_dimension_counts(std::vector<DimensionCounts>& into, const std::vector<DimensionCounts>& more);

// Whether a group shows, and how many of its answers stay uncovered: answers in hidden teams under it that
// no shown total accounts for. A total minus the shown parts under it gives exactly those away, so a total
// shows only when they are none or at least the minimum.
struct GroupShow {
  int answered = 0;
  bool shown = false;
  int uncovered = 0;
};
// A team: shown from kMeasurementMinGroup answers on.
GroupShow team_show(int answered);
// A school over its teams, a bestuur over its schools.
GroupShow total_show(const std::vector<GroupShow>& parts);

struct DimensionResult {
  std::string dimension;
  PointCounts counts{};  // the distribution: answers per point
  int answers = 0;       // statement answers counted in this dimension
  double mean = 0;
};
struct GroupResult {
  int answered = 0;     // people who answered
  bool visible = false; // otherwise `dimensions` is empty: "te weinig antwoorden"
  std::vector<DimensionResult> dimensions;
};
// The result of a group from its counts; the dimensions only when `shown`.
GroupResult group_result(int answered, const std::vector<DimensionCounts>& counts, bool shown);

}  // namespace sb
