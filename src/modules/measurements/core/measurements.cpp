#include "modules/measurements/core/measurements.h"

#include <algorithm>
#include <map>
#include <set>

#include "modules/measurements/core/store.h"
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

Error no_round() { return Error::not_found("No such measurement round."); }

// A link's token is hashed under its own prefix, so it never equals another token's hash.
std::string link_hash(Services& s, std::string_view token) { return s.secrets.hash_token("measurement-link:" + std::string(token)); }

std::string team_name(ReadTx& tx, Id team_id) {
  auto team = organisation(tx).find_team(team_id);
  return team ? team->name : std::string();
}

// A round's counts summed per team and for the school, with what may show. `Detail::school` leaves the teams'
// own counts out and lets the store sum them (what a bestuur's trend needs: six times fewer rows to read).
enum class Detail { teams, school };

// The questionnaires a read has met, each read once.
class QuestionnaireCache {
 public:
  const Questionnaire& get(ReadTx& tx, Id id) {
    auto it = found_.find(id);
    if (it == found_.end()) it = found_.emplace(id, measurements(tx).find_questionnaire(id).value_or(Questionnaire{})).first;
    return it->second;
  }

 private:
  std::map<Id, Questionnaire> found_;
};

struct RoundTotals {
  Questionnaire questionnaire;
  struct Team {
    Id team_id = 0;
    GroupShow show;
    std::vector<DimensionCounts> counts;
  };
  std::vector<Team> teams;
  GroupShow show;
  std::vector<DimensionCounts> counts;
};

RoundTotals totals_of(ReadTx& tx, const MeasurementRound& round, QuestionnaireCache& cache, Detail detail = Detail::teams) {
  RoundTotals out;
  out.questionnaire = cache.get(tx, round.questionnaire_id);
  std::vector<GroupShow> parts;
  if (detail == Detail::school) {
    TeamCounts sum;
    for (const auto& team : round.teams) {
      parts.push_back(team_show(team.answered));
      sum.answered += team.answered;
    }
    sum.statements = measurements(tx).summed_counts(round.id);
    out.counts = dimension_counts(out.questionnaire, sum);
    out.show = total_show(parts);
    return out;
  }
  for (const auto& name : dimensions_of(out.questionnaire)) out.counts.push_back({name, {}});
  for (const auto& counts : measurements(tx).team_counts(round.id)) {
    RoundTotals::Team team{counts.team_id, team_show(counts.answered), dimension_counts(out.questionnaire, counts)};
    add_dimension_counts(out.counts, team.counts);
    parts.push_back(team.show);
    out.teams.push_back(std::move(team));
  }
  out.show = total_show(parts);
  return out;
}

GroupResult result_of(const GroupShow& show, const std::vector<DimensionCounts>& counts) {
  return group_result(show.answered, counts, show.shown);
}

bool may_see_all(const Principal& who, const Scope& scope) { return is_allowed(who, Action::view_measurements, scope); }

// The latest round of a kind among a school's rounds (newest first).
const MeasurementRound* latest(const std::vector<MeasurementRound>& rounds, MeasurementKind kind) {
  auto it = std::ranges::find(rounds, kind, &MeasurementRound::kind);
  return it == rounds.end() ? nullptr : &*it;
}

// A school's trend: its latest baseline against its latest follow-up (of what the caller may see).
struct SchoolTrend {
  std::optional<RoundTotals> baseline;
  std::optional<RoundTotals> follow_up;
};

SchoolTrend trend_of(ReadTx& tx, const std::vector<MeasurementRound>& rounds, QuestionnaireCache& cache, Detail detail,
                     std::optional<Id>& baseline_id, std::optional<Id>& follow_up_id) {
  SchoolTrend out;
  if (const auto* b = latest(rounds, MeasurementKind::baseline)) {
    out.baseline = totals_of(tx, *b, cache, detail);
    baseline_id = b->id;
  }
  if (const auto* f = latest(rounds, MeasurementKind::follow_up)) {
    out.follow_up = totals_of(tx, *f, cache, detail);
    follow_up_id = f->id;
  }
  return out;
}

GroupResult side(const std::optional<RoundTotals>& totals) {
  return totals ? result_of(totals->show, totals->counts) : GroupResult{};
}

}  // namespace

Result<Scope> scope_of_measurement_round(ReadTx& tx, Id round_id) {
  auto round = measurements(tx).find_round(round_id);
  if (!round) return std::unexpected(no_round());
  return scope_of_school(tx, round->school_id);
}

Result<std::vector<Questionnaire>> list_questionnaires(Services& s, const Principal&) {
  return read_value<std::vector<Questionnaire>>(s.store, [&](ReadTx& tx) -> Result<std::vector<Questionnaire>> {
    return measurements(tx).list_questionnaires();
  });
}

Result<Questionnaire> get_questionnaire(Services& s, const Principal&, Id questionnaire_id) {
  return read_value<Questionnaire>(s.store, [&](ReadTx& tx) -> Result<Questionnaire> {
    auto found = measurements(tx).find_questionnaire(questionnaire_id);
    if (!found) return std::unexpected(Error::not_found("No such questionnaire."));
    return *found;
  });
}

Result<Questionnaire> create_questionnaire(Services& s, const Principal& who, const NewQuestionnaire& input) {
  SB_CHECK(authorize(who, Action::manage_questionnaires, Scope::platform()));
  SB_TRY(questionnaire, check_new_questionnaire(input));
  questionnaire.created_at = s.clock.now();
  return write_value<Questionnaire>(s.store, [&](WriteTx& tx) -> Result<Questionnaire> {
    SB_TRY(id, measurements(tx).insert_questionnaire(questionnaire));
    questionnaire.id = id;
    return questionnaire;
  });
}

Result<std::vector<MeasurementSchool>> measurement_schools(Services& s, const Principal& who) {
  SB_CHECK(authorize(who, Action::manage_questionnaires, Scope::platform()));
  return read_value<std::vector<MeasurementSchool>>(s.store, [&](ReadTx& tx) -> Result<std::vector<MeasurementSchool>> {
    std::vector<MeasurementSchool> out;
    for (const auto& school : organisation(tx).list_schools()) {
      out.push_back({school.id, school.name, static_cast<int>(measurements(tx).rounds_of_school(school.id).size())});
    }
    return out;
  });
}

Result<MeasurementRound> open_measurement_round(Services& s, const Principal& who, Id school_id,
                                                const NewMeasurementRound& input) {
  SB_TRY(round, check_new_measurement_round(input));
  const UnixTime now = s.clock.now();
  std::vector<Mail> mails;
  SB_TRY(stored, write_value<MeasurementRound>(s.store, [&](WriteTx& tx) -> Result<MeasurementRound> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::run_measurements, scope));
    auto questionnaire = measurements(tx).find_questionnaire(input.questionnaire_id);
    if (!questionnaire) return std::unexpected(Error::invalid("questionnaire_id", "No such questionnaire."));
    auto school = organisation(tx).find_school(school_id);
    MeasurementRound out = round;
    out.school_id = school_id;
    out.opened_by = who.user.id;
    out.opened_at = now;
    // The people to invite, per team; the tokens are made here and only their hashes are stored.
    std::set<Id> invited;
    std::vector<std::vector<std::string>> addresses(out.teams.size());
    for (std::size_t i = 0; i < out.teams.size(); ++i) {
      auto& team = out.teams[i];
      auto found = organisation(tx).find_team(team.team_id);
      if (!found || found->school_id != school_id) {
        return std::unexpected(Error::invalid("team_ids", "A chosen team is not a team of this school."));
      }
      team.team_name = found->name;
      for (const auto& m : organisation(tx).list_memberships_in_team(team.team_id)) {
        if (m.role != Role::leraar || !invited.insert(m.user_id).second) continue;
        auto user = organisation(tx).find_user(m.user_id);
        if (user) addresses[i].push_back(user->email);
      }
      team.invited = static_cast<int>(addresses[i].size());
      if (team.invited == 0) {
        return std::unexpected(Error{ErrorCode::failed_precondition, "A chosen team has nobody to invite.", "team_ids"}
                                   .because("empty_team"));
      }
    }
    SB_TRY(id, measurements(tx).insert_round(out));
    out.id = id;
    const std::string school_name = school ? school->name : std::string();
    for (std::size_t i = 0; i < out.teams.size(); ++i) {
      for (const auto& address : addresses[i]) {
        const auto token = s.secrets.new_token();
        SB_CHECK(measurements(tx).insert_link(id, out.teams[i].team_id, link_hash(s, token)));
        mails.push_back({address, "Vragenlijst over samen leren — " + school_name,
                         "Hallo,\n\nJe school doet mee aan een meting over de leercultuur: " + out.title +
                             ".\nWil je de vragenlijst invullen? Het kost ongeveer 10 minuten.\n\n"
                             "Je antwoorden zijn anoniem. We bewaren niet wie wat heeft geantwoord. De uitslag "
                             "zie je alleen als er minstens 5 antwoorden zijn.\n\n"
                             "Deze link is alleen voor jou en werkt één keer:\n" +
                             s.public_base_url + "/meting#" + token + "\n"});
      }
    }
    return out;
  }));
  for (auto& mail : mails) s.mailer.send(std::move(mail));
  return stored;
}

Result<MeasurementRound> close_measurement_round(Services& s, const Principal& who, Id round_id) {
  const UnixTime now = s.clock.now();
  return write_value<MeasurementRound>(s.store, [&](WriteTx& tx) -> Result<MeasurementRound> {
    auto round = measurements(tx).find_round(round_id);
    if (!round) return std::unexpected(no_round());
    SB_TRY(scope, scope_of_school(tx, round->school_id));
    SB_CHECK(authorize(who, Action::run_measurements, scope));
    if (!round->closed_at) {
      SB_CHECK(measurements(tx).close_round(round_id, now));
      round->closed_at = now;
    }
    return *round;
  });
}

Result<MeasurementRound> release_measurement_round(Services& s, const Principal& who, Id round_id, bool released) {
  return write_value<MeasurementRound>(s.store, [&](WriteTx& tx) -> Result<MeasurementRound> {
    auto round = measurements(tx).find_round(round_id);
    if (!round) return std::unexpected(no_round());
    SB_TRY(scope, scope_of_school(tx, round->school_id));
    SB_CHECK(authorize(who, Action::run_measurements, scope));
    SB_CHECK(measurements(tx).set_released(round_id, released));
    round->released = released;
    return *round;
  });
}

Result<MeasurementRoundView> view_measurement_round(Services& s, const Principal& who, Id round_id) {
  return read_value<MeasurementRoundView>(s.store, [&](ReadTx& tx) -> Result<MeasurementRoundView> {
    auto round = measurements(tx).find_round(round_id);
    if (!round) return std::unexpected(no_round());
    SB_TRY(scope, scope_of_school(tx, round->school_id));
    SB_CHECK(authorize(who, Action::view_released_measurements, scope));
    if (!may_see_all(who, scope) && !round->released) return std::unexpected(no_round());
    MeasurementRoundView view;
    QuestionnaireCache cache;
    auto totals = totals_of(tx, *round, cache);
    for (auto& team : round->teams) team.team_name = team_name(tx, team.team_id);
    for (const auto& team : totals.teams) {
      auto entry = std::ranges::find(round->teams, team.team_id, &MeasurementTeam::team_id);
      view.teams.push_back({team.team_id, team_name(tx, team.team_id), entry == round->teams.end() ? 0 : entry->invited,
                            result_of(team.show, team.counts)});
    }
    view.school = result_of(totals.show, totals.counts);
    view.questionnaire = std::move(totals.questionnaire);
    view.open_links = measurements(tx).count_open_links(round_id);
    view.may_run = is_allowed(who, Action::run_measurements, scope);
    view.round = std::move(*round);
    return view;
  });
}

Result<SchoolMeasurements> school_measurements(Services& s, const Principal& who, Id school_id) {
  return read_value<SchoolMeasurements>(s.store, [&](ReadTx& tx) -> Result<SchoolMeasurements> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::view_released_measurements, scope));
    SchoolMeasurements out;
    if (auto school = organisation(tx).find_school(school_id)) out.school_name = school->name;
    out.rounds = measurements(tx).rounds_of_school(school_id);
    if (!may_see_all(who, scope)) std::erase_if(out.rounds, [](const MeasurementRound& r) { return !r.released; });
    for (auto& round : out.rounds) {
      for (auto& team : round.teams) team.team_name = team_name(tx, team.team_id);
    }
    QuestionnaireCache cache;
    const auto trend = trend_of(tx, out.rounds, cache, Detail::teams, out.baseline_round_id, out.follow_up_round_id);
    std::vector<Id> team_ids;
    for (const auto* totals : {&trend.baseline, &trend.follow_up}) {
      if (!*totals) continue;
      for (const auto& team : (*totals)->teams) {
        if (std::ranges::find(team_ids, team.team_id) == team_ids.end()) team_ids.push_back(team.team_id);
      }
    }
    auto team_side = [](const std::optional<RoundTotals>& totals, Id team_id) {
      if (!totals) return GroupResult{};
      auto it = std::ranges::find(totals->teams, team_id, &RoundTotals::Team::team_id);
      return it == totals->teams.end() ? GroupResult{} : result_of(it->show, it->counts);
    };
    for (Id team_id : team_ids) {
      out.teams.push_back({team_id, team_name(tx, team_id), team_side(trend.baseline, team_id), team_side(trend.follow_up, team_id)});
    }
    out.school = {school_id, out.school_name, side(trend.baseline), side(trend.follow_up)};
    out.may_run = is_allowed(who, Action::run_measurements, scope);
    if (out.may_run) out.school_teams = organisation(tx).list_teams_of_school(school_id);
    return out;
  });
}

BestuurMeasurements read_bestuur_measurements(ReadTx& tx, Id bestuur_id) {
  BestuurMeasurements out;
  if (auto bestuur = organisation(tx).find_bestuur(bestuur_id)) out.bestuur_name = bestuur->name;
  std::vector<GroupShow> baseline_parts, follow_up_parts;
  std::vector<DimensionCounts> baseline_counts, follow_up_counts;
  QuestionnaireCache cache;
  for (const auto& school : organisation(tx).list_schools_of_bestuur(bestuur_id)) {
    std::optional<Id> b, f;
    const auto trend = trend_of(tx, measurements(tx).rounds_of_school(school.id), cache, Detail::school, b, f);
    if (!trend.baseline && !trend.follow_up) continue;
    if (trend.baseline) {
      baseline_parts.push_back(trend.baseline->show);
      add_dimension_counts(baseline_counts, trend.baseline->counts);
    }
    if (trend.follow_up) {
      follow_up_parts.push_back(trend.follow_up->show);
      add_dimension_counts(follow_up_counts, trend.follow_up->counts);
    }
    out.schools.push_back({school.id, school.name, side(trend.baseline), side(trend.follow_up)});
  }
  out.bestuur = {bestuur_id, out.bestuur_name, result_of(total_show(baseline_parts), baseline_counts),
                 result_of(total_show(follow_up_parts), follow_up_counts)};
  return out;
}

Result<BestuurMeasurements> bestuur_measurements(Services& s, const Principal& who, Id bestuur_id) {
  return read_value<BestuurMeasurements>(s.store, [&](ReadTx& tx) -> Result<BestuurMeasurements> {
    SB_TRY(scope, scope_of_bestuur(tx, bestuur_id));
    SB_CHECK(authorize(who, Action::view_measurements, scope));
    return read_bestuur_measurements(tx, bestuur_id);
  });
}

Result<MeasurementLinkView> open_measurement_link(Services& s, std::string_view token) {
  SB_CHECK(check_link_token(token));
  const auto hash = link_hash(s, token);
  return read_value<MeasurementLinkView>(s.store, [&](ReadTx& tx) -> Result<MeasurementLinkView> {
    auto link = measurements(tx).find_open_link(hash);
    const bool used = !link && measurements(tx).link_was_used(hash);
    auto round = link ? measurements(tx).find_round(link->round_id) : std::nullopt;
    const auto use = link_use(round.has_value(), used, round && !round->closed_at);
    if (use != LinkUse::answer) return std::unexpected(link_refusal(use));
    MeasurementLinkView view;
    if (auto school = organisation(tx).find_school(round->school_id)) view.school_name = school->name;
    view.round_title = round->title;
    view.kind = round->kind;
    view.questionnaire = measurements(tx).find_questionnaire(round->questionnaire_id).value_or(Questionnaire{});
    return view;
  });
}

Result<void> answer_measurement(Services& s, std::string_view token, const MeasurementAnswers& answers) {
  SB_CHECK(check_link_token(token));
  const auto hash = link_hash(s, token);
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    auto link = measurements(tx).find_open_link(hash);
    const bool used = !link && measurements(tx).link_was_used(hash);
    auto round = link ? measurements(tx).find_round(link->round_id) : std::nullopt;
    const auto use = link_use(round.has_value(), used, round && !round->closed_at);
    if (use != LinkUse::answer) return std::unexpected(link_refusal(use));
    auto questionnaire = measurements(tx).find_questionnaire(round->questionnaire_id);
    if (!questionnaire) return std::unexpected(Error::internal("The round's questionnaire is missing."));
    SB_TRY(checked, check_measurement_answers(*questionnaire, answers));
    SB_TRY(recorded, measurements(tx).record_answers(hash, checked));
    (void)recorded;
    return ok();
  });
}

}  // namespace sb
