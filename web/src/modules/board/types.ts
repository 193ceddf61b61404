// Shapes of the team board part of the JSON API v1 (docs/API.md, "The team board
// (bordsessie)"): cycles, goals, measurements, items, board sessions, retrospectives,
// ambitions and the leadership's obstacles. Field names follow the wire format.
import type { Role } from '../../api/types';

export type GoalUnit = 'percentage' | 'count' | 'score' | 'yes_no';
export type GoalDirection = 'higher' | 'lower';
export type ItemKind = 'action' | 'success' | 'obstacle' | 'idea' | 'agreement';
export type ActionStatus = 'todo' | 'doing' | 'done';
/**
 * An obstacle's life: open on the team's board; leadership = handed to the school
 * leadership and waiting for them; answered; taken_on (a leader made it an action
 * of her own); resolved (by the leadership or the team).
 */
export type ObstacleStatus = 'open' | 'leadership' | 'answered' | 'taken_on' | 'resolved';
export type AgendaKey = 'successes' | 'goals' | 'actions' | 'new_actions' | 'close';

export interface BoardTeam {
  id: number;
  name: string;
  school_id: number;
  school_name: string;
}

/** Someone who can own actions on the board: the team and the school's staff. */
export interface BoardMember {
  user_id: number;
  name: string;
  role: Role;
  team_id?: number | null;
}

export type Verdict = 'yes' | 'partly' | 'no';

/** One goal's line in a cycle's retrospective: how it stood at the end, as it read then. */
export interface GoalResult {
  /** Null once the goal was deleted. */
  goal_id: number | null;
  title: string;
  unit: GoalUnit;
  direction: GoalDirection;
  baseline: number;
  target: number;
  latest: number | null;
  latest_week: string | null;
  reached: Verdict;
  /** The goal's copy in the next cycle, when the team went on with it. */
  continued_as: number | null;
  actions_carried: number;
}

export interface Retrospective {
  goal_reached: Verdict;
  helped: string;
  change: string;
  closed_at: string;
  /** Only in the cycle history and the retrospective's answer, not on the board. */
  goals?: GoalResult[];
}

/** What the retrospective form sends (POST /cycles/{id}/retrospective, without the version). */
export interface NewRetrospective {
  goal_reached?: Verdict;
  helped: string;
  change: string;
  goals: { goal_id: number; reached: Verdict; continue?: boolean; target?: number }[];
  next_cycle?: { name: string; starts_on: string; ends_on: string };
  next_cycle_id?: number;
}

/** GET /teams/{id}/cycle-holidays: holiday weeks do not count in a cycle's 6 to 8 weeks. */
export interface CycleHolidays {
  /** The holiday weeks from the start to the moved end, by their Monday. */
  weeks: { week: string; name: string }[];
  /** The weeks from the start to the end asked, less its holiday weeks. */
  school_weeks: number;
  /** The end asked, one week later for every holiday week the cycle spans. */
  end_past_holidays: string;
}

export interface Cycle {
  id: number;
  team_id: number;
  name: string;
  /** YYYY-MM-DD */
  starts_on: string;
  ends_on: string;
  retrospective: Retrospective | null;
  version: number;
  /** Who made the last change; null (or absent) until the first change. */
  updated_by_name?: string | null;
}

export interface Ambition {
  id: number;
  school_id: number;
  school_year: string;
  title: string;
  description: string;
  version: number;
}

export interface Measurement {
  id: number;
  goal_id: number;
  /** The Monday of the week, YYYY-MM-DD. */
  week: string;
  value: number;
  entered_by: number;
  entered_by_name: string;
  entered_at: string;
  version: number;
}

export interface Goal {
  id: number;
  team_id: number;
  cycle_id: number;
  ambition_id: number | null;
  title: string;
  students: string;
  measure: string;
  unit: GoalUnit;
  baseline: number;
  target: number;
  direction: GoalDirection;
  version: number;
  /** Who made the last change; null (or absent) until the first change. */
  updated_by_name?: string | null;
  /** Sorted by week. */
  measurements: Measurement[];
}

export interface Item {
  id: number;
  team_id: number;
  kind: ItemKind;
  text: string;
  notes: string;
  /** Action: todo|doing|done; obstacle: ObstacleStatus; others: open. */
  status: string;
  position: number;
  goal_id: number | null;
  due_on: string | null;
  owner_ids: number[];
  created_by: number;
  created_by_name: string;
  created_at: string;
  updated_at: string;
  leadership_reply: string;
  /** An action a school leader took on from this obstacle of the team: hers, not the team's. */
  from_obstacle_id?: number | null;
  /** Set when another module put the item on the board, e.g. a lesson visit's reflection. */
  source?: { kind: string; id: number } | null;
  version: number;
  /** Who made the last change; null (or absent) until the first change. */
  updated_by_name?: string | null;
}

export interface AgendaStep {
  key: AgendaKey;
  minutes: number;
}

export interface BoardSession {
  id: number;
  team_id: number;
  started_at: string;
  started_by: number;
  total_minutes: number;
  /** 0–4, an index into the agenda. */
  step: number;
  step_started_at: string;
  attendance: number[];
  version: number;
  agenda: AgendaStep[];
}

export interface Board {
  team: BoardTeam;
  /** The sequence number of the last event this picture includes. */
  seq: number;
  members: BoardMember[];
  cycles: Cycle[];
  current_cycle_id: number | null;
  ambitions: Ambition[];
  goals: Goal[];
  items: Item[];
  session: BoardSession | null;
}

export interface SessionSummary {
  id: number;
  started_at: string;
  closed_at: string | null;
  attendee_count: number;
}

export interface RecordText {
  item_id: number | null;
  text: string;
}

export interface SessionRecord {
  id: number;
  team_id: number;
  started_at: string;
  closed_at: string | null;
  attendees: { user_id: number | null; name: string }[];
  /** The week's measurements, each with its value and the goal's unit as they were at the close (unit null in records from before units were kept). */
  measurements: { goal_id: number | null; goal_title: string; week: string; value: number | null; unit: GoalUnit | null }[];
  actions_created: RecordText[];
  actions_moved: (RecordText & { from: string; to: string })[];
  actions_closed: RecordText[];
  successes: RecordText[];
  obstacles_raised: (RecordText & { status: string })[];
  ideas_and_agreements: (RecordText & { kind: ItemKind })[];
}

/** An obstacle on the school leadership's list, with where it comes from. */
export interface LeadershipObstacle extends Item {
  team_name: string;
  school_id: number;
  school_name: string;
}

/** Mijn acties (GET /me/work): the caller's own open actions and raised obstacles, across their teams. */
export interface MyWork {
  /** The server's today, YYYY-MM-DD: what `overdue` was decided against. */
  today: string;
  /** Overdue first, then by due date, undated last. */
  actions: (Item & { team_name: string; school_name: string; overdue: boolean })[];
  /** Not resolved first; resolved ones for 30 days. */
  obstacles: (Item & { team_name: string; school_name: string })[];
}

export interface NewGoal {
  cycle_id: number;
  title: string;
  students: string;
  measure: string;
  unit: GoalUnit;
  baseline: number;
  target: number;
  direction: GoalDirection;
  ambition_id?: number | null;
}

export interface NewItem {
  kind: ItemKind;
  text: string;
  notes?: string;
  status?: string;
  goal_id?: number | null;
  due_on?: string | null;
  owner_ids?: number[];
}

export interface ItemChanges {
  text?: string;
  notes?: string;
  goal_id?: number | null;
  due_on?: string | null;
  owner_ids?: number[];
}

/** One change on a school's obstacles room (GET /schools/{id}/obstacles/live). */
export type LeadershipEvent =
  | { kind: 'obstacle'; obstacle: LeadershipObstacle }
  | { kind: 'obstacle_deleted'; id: number };

/** One change on the live channel; each carries the entity as in the REST answers. */
export type BoardEvent =
  | { kind: 'item'; item: Item }
  | { kind: 'item_deleted'; id: number }
  | { kind: 'goal'; goal: Goal }
  | { kind: 'goal_deleted'; id: number }
  | { kind: 'measurement'; measurement: Measurement }
  | { kind: 'measurement_deleted'; id: number; goal_id?: number }
  | { kind: 'cycle'; cycle: Cycle }
  | { kind: 'session'; session: BoardSession }
  | { kind: 'session_closed'; id: number }
  | { kind: 'ambition'; ambition: Ambition }
  | { kind: 'ambition_deleted'; id: number };
