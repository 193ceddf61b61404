// The trajectory module's shapes as the API sends them (docs/API.md, "Trajectory").
export const PHASES = [
  'registration', 'intake', 'conditions', 'agreement', 'preparing', 'starting', 'extending', 'second_year',
] as const;
export type Phase = (typeof PHASES)[number];

export const CONDITIONS = ['coach_fte', 'team_time', 'leadership', 'team_size'] as const;
export type Condition = (typeof CONDITIONS)[number];
export type ConditionStatus = 'open' | 'met' | 'not_met';

export interface TrajectoryStep {
  id: number;
  phase: Phase;
  happened_on: string;
  who: string;
  notes: string;
  recorded_by: string | null;
  recorded_at: string;
}

export interface ConditionCheck {
  condition: Condition;
  status: ConditionStatus;
  note: string;
  checked_by: string | null;
  checked_at: string | null;
}

export interface Trajectory {
  school_id: number;
  school_name: string;
  sector: string;
  registered: boolean;
  pupils: number | null;
  phase: Phase | null;
  phase_on: string | null;
  next_phase: Phase | null;
  agreement_blocked: boolean;
  required_coach_fte: number;
  steps: TrajectoryStep[];
  conditions: ConditionCheck[];
}

export interface PipelineSchool {
  school_id: number;
  school_name: string;
  sector: string;
  bestuur_name: string;
  phase: Phase;
  phase_on: string;
  pupils: number;
  conditions_met: number;
  visits_awaiting: number;
}

export interface FteBand {
  from_pupils: number;
  fte: number;
}

export interface StepInput {
  phase: Phase;
  happened_on: string;
  who: string;
  notes: string;
}

export interface QuoteLine {
  trajectory_year: 1 | 2;
  units: number;
  unit_cents: number;
  amount_cents: number;
  is_maximum: boolean;
}

export interface Quote {
  id: number;
  school_id: number;
  school_year: string;
  sector: string;
  per_team: boolean;
  teams: number;
  years: number;
  total_cents: number;
  lines: QuoteLine[];
  created_by: string | null;
  created_at: string;
}

export type VisitStatus = 'awaiting_approval' | 'planned' | 'held' | 'cancelled';

export interface Visit {
  id: number;
  school_id: number;
  coach_name: string;
  starts_at: string;
  ends_at: string;
  date: string;
  start_time: string;
  end_time: string;
  status: VisitStatus;
  report: { seen: string; advice: string; reported_at: string } | null;
}

export interface VisitBudget {
  budget: number;
  held: number;
  planned: number;
  awaiting: number;
  left: number;
}

/** An information or regional exchange meeting (docs/API.md, "Meetings"). */
export type MeetingKind = 'information' | 'exchange';

export interface Meeting {
  id: number;
  kind: MeetingKind;
  school_id: number;
  school_name: string;
  address: string;
  starts_at: string;
  ends_at: string;
  date: string;
  start_time: string;
  end_time: string;
  capacity: number;
  taken: number;
  places_left: number;
  notes: string;
}

export interface MeetingAttendee {
  id: number;
  signup_id: number;
  name: string;
  email: string;
  school: string;
  signed_up_at: string;
  attended: boolean | null;
}

export interface MeetingWithAttendees extends Meeting {
  attendees: MeetingAttendee[];
}

export interface MeetingInput {
  kind: MeetingKind;
  school_id: number;
  date: string;
  start_time: string;
  end_time: string;
  address: string;
  capacity: number;
  notes: string;
}

export interface MeetingPerson {
  name: string;
  email: string;
}

export interface FoundationInvitation {
  id: number;
  school_id: number;
  school_name: string;
  invited_by: { id: number; name: string; email: string };
  message: string;
  created_at: string;
}
