// The rhythm module's API shapes (docs/API.md, "The rhythm").

export type WeekState = 'held' | 'partly' | 'missed' | 'holiday' | 'open' | 'future';
export type Trend = 'rising' | 'steady' | 'falling' | 'unknown';

export interface RhythmFigures {
  school_weeks: number;
  held_weeks: number;
  recent_weeks: number;
  recent_held: number;
  missed_in_a_row: number;
  /** 0..1; null under the privacy floor. */
  session_rate: number | null;
  attendance_rate: number | null;
  trend: Trend | null;
}

export interface WeekCell {
  week: string;
  state: WeekState;
  holiday: string | null;
  /** Per signal kind: board_session, measurement, and what later modules report. */
  counts: Record<string, number>;
  attended: number | null;
  teams_held?: number;
  teams_counted?: number;
}

export interface HeatmapRow {
  id: number;
  kind: 'team' | 'school';
  name: string;
  school_id: number;
  people: number;
  teams: number;
  rates_shown: boolean;
  figures: RhythmFigures;
  weeks: WeekCell[];
}

export interface Heatmap {
  school_year: string;
  this_week: string;
  privacy_floor: number;
  weeks: string[];
  kinds: string[];
  rows: HeatmapRow[];
}

export interface TeamWeek {
  team_id: number;
  team_name: string;
  school_name: string;
  people: number;
  rates_shown: boolean;
  attendance_rate: number | null;
  week: WeekCell;
}

export interface OverviewTeam {
  team_id: number | null;
  name: string;
  people: number;
  rates_shown: boolean;
  goals_reached: number;
  goals_partly: number;
  goals_judged: number;
  open_obstacles: number;
  oldest_obstacle_days: number | null;
  figures: RhythmFigures;
}

export interface OverviewSchool {
  school_id: number;
  name: string;
  region: string;
  total: OverviewTeam;
  teams: OverviewTeam[];
}

export interface Overview {
  school_year: string;
  this_week: string;
  privacy_floor: number;
  recent_weeks: number;
  schools: OverviewSchool[];
}

export interface CascadeGoal {
  id: number;
  team_id: number;
  team_name: string;
  title: string;
  unit: string;
  direction: 'higher' | 'lower';
  baseline: number;
  target: number;
  latest: number | null;
  latest_week: string | null;
  met: boolean;
  progress: 'improving' | 'worsening' | 'flat' | 'unknown';
}

export interface CascadeAmbition {
  id: number;
  school_id: number;
  school_name: string;
  title: string;
  description: string;
  strategic_goal_id: number | null;
  served: boolean;
  goals: CascadeGoal[];
}

export interface StrategicGoal {
  id: number;
  bestuur_id: number;
  school_year: string;
  title: string;
  description: string;
  version: number;
}

export interface Cascade {
  bestuur_id: number;
  bestuur_name: string;
  school_year: string;
  strategic_goals: (StrategicGoal & { ambitions: CascadeAmbition[] })[];
  unlinked_ambitions: CascadeAmbition[];
  ambitions_without_goals: number;
}

export type RhythmScope = { kind: 'bestuur' | 'school' | 'team'; id: number };
