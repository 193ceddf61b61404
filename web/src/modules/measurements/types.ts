// The measurements module's JSON shapes (docs/API.md, "Metingen").
export type MeasurementKind = 'baseline' | 'follow_up';

export interface CultureStatement {
  dimension: string;
  text: string;
}

export interface Questionnaire {
  id: number;
  title: string;
  description: string;
  dimensions: string[];
  statements: CultureStatement[];
  created_at: string;
}

export interface RoundTeam {
  team_id: number;
  team_name: string;
  invited: number;
  answered: number;
}

export interface MeasurementRound {
  id: number;
  school_id: number;
  questionnaire_id: number;
  kind: MeasurementKind;
  title: string;
  opened_at: string;
  closed_at: string | null;
  open: boolean;
  released: boolean;
  teams: RoundTeam[];
}

export interface DimensionResult {
  dimension: string;
  mean: number;
  answers: number;
  /** Answers per point: index 0 is point 1. */
  counts: number[];
}

export interface GroupResult {
  answered: number;
  visible: boolean;
  min_group: number;
  dimensions: DimensionResult[];
}

export interface RoundWithResults extends MeasurementRound {
  questionnaire: Questionnaire;
  open_links: number;
  may_run: boolean;
  results: {
    school: GroupResult;
    teams: { team_id: number; team_name: string; invited: number; result: GroupResult }[];
  };
}

export interface TrendRow {
  id: number;
  name: string;
  baseline: GroupResult;
  follow_up: GroupResult;
}

export interface SchoolMeasurements {
  school_name: string;
  may_run: boolean;
  school_teams: { id: number; name: string }[];
  rounds: MeasurementRound[];
  trend: {
    baseline_round_id: number | null;
    follow_up_round_id: number | null;
    school: TrendRow;
    teams: TrendRow[];
  };
}

export interface BestuurTrend {
  bestuur_name: string;
  bestuur: TrendRow;
  schools: TrendRow[];
}

export interface MeasurementSchool {
  id: number;
  name: string;
  rounds: number;
}

export interface NewRound {
  questionnaire_id: number;
  kind: MeasurementKind;
  title: string;
  team_ids: number[];
}

export interface LinkView {
  school_name: string;
  round_title: string;
  kind: MeasurementKind;
  questionnaire: Questionnaire;
}
