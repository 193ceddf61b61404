// One function per API route of the rhythm module (docs/API.md, "The rhythm"),
// so pages never build URLs or bodies by hand.
import { api, segment as id } from '../../api/client';
import type { Cascade, Heatmap, Overview, RhythmScope, StrategicGoal, TeamWeek } from './types';

const base = (scope: RhythmScope) =>
  `/${scope.kind === 'bestuur' ? 'besturen' : scope.kind === 'school' ? 'schools' : 'teams'}/${id(scope.id)}`;
const year = (schoolYear?: string) => (schoolYear ? `?school_year=${encodeURIComponent(schoolYear)}` : '');

/** The address of a view as a download: CSV as Excel reads it in the person's language, or an XLSX workbook. */
export const exportUrl = (scope: RhythmScope, view: 'rhythm' | 'rhythm-overview' | 'cascade', format: 'csv' | 'xlsx', schoolYear: string) =>
  `/api/v1${base(scope)}/${view}?format=${format}&school_year=${encodeURIComponent(schoolYear)}`;

export const fetchHeatmap = (scope: RhythmScope, schoolYear?: string) =>
  api.get<Heatmap>(`${base(scope)}/rhythm${year(schoolYear)}`);
export const fetchTeamWeek = (teamId: number, week: string) =>
  api.get<TeamWeek>(`/teams/${id(teamId)}/rhythm/weeks/${id(week)}`);
/** For a bestuur or a school. */
export const fetchOverview = (scope: RhythmScope, schoolYear?: string) =>
  api.get<Overview>(`${base(scope)}/rhythm-overview${year(schoolYear)}`);
export const fetchCascade = (scope: RhythmScope, schoolYear?: string) =>
  api.get<Cascade>(`${base(scope)}/cascade${year(schoolYear)}`);

export const createStrategicGoal = (bestuurId: number, goal: { school_year: string; title: string; description: string }) =>
  api.post<StrategicGoal>(`/besturen/${id(bestuurId)}/strategic-goals`, goal);
export const deleteStrategicGoal = (goalId: number, version: number) =>
  api.delete(`/strategic-goals/${id(goalId)}?version=${version}`);
/** Links the ambition to a strategic goal of its bestuur, or unlinks it (null). */
export const linkAmbition = (ambitionId: number, strategicGoalId: number | null) =>
  api.put<{ ambition_id: number; strategic_goal_id: number | null }>(`/ambitions/${id(ambitionId)}/strategic-goal`, {
    strategic_goal_id: strategicGoalId,
  });
