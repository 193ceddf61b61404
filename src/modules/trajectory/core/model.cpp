#include "modules/trajectory/core/model.h"

#include "kernel/enum_names.h"

namespace sb {
namespace {

constexpr EnumNames<Phase, 8> kPhases{{{Phase::registration, "registration"},
                                       {Phase::intake, "intake"},
                                       {Phase::conditions, "conditions"},
                                       {Phase::agreement, "agreement"},
                                       {Phase::preparing, "preparing"},
                                       {Phase::starting, "starting"},
                                       {Phase::extending, "extending"},
                                       {Phase::second_year, "second_year"}}};
constexpr EnumNames<Condition, 4> kConditionNames{{{Condition::coach_fte, "coach_fte"},
                                                   {Condition::team_time, "team_time"},
                                                   {Condition::leadership, "leadership"},
                                                   {Condition::team_size, "team_size"}}};
constexpr EnumNames<ConditionStatus, 3> kStatuses{
    {{ConditionStatus::open, "open"}, {ConditionStatus::met, "met"}, {ConditionStatus::not_met, "not_met"}}};

}  // namespace

std::string_view to_string(Phase phase) { return name_in(kPhases, phase); }
std::optional<Phase> parse_phase(std::string_view text) { return parse_in(kPhases, text); }
std::string_view to_string(Condition condition) { return name_in(kConditionNames, condition); }
std::optional<Condition> parse_condition(std::string_view text) { return parse_in(kConditionNames, text); }
std::string_view to_string(ConditionStatus status) { return name_in(kStatuses, status); }
std::optional<ConditionStatus> parse_condition_status(std::string_view text) { return parse_in(kStatuses, text); }

}  // namespace sb
