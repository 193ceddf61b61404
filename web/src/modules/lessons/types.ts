// The lessons module's shapes as the API sends them (docs/API.md, "Lesson designs and visits").

export type DesignStatus = 'concept' | 'klaar' | 'gegeven' | 'geevalueerd';
export const DESIGN_STATUSES: readonly DesignStatus[] = ['concept', 'klaar', 'gegeven', 'geevalueerd'];
export type DesignPart = 'title' | 'lesson_goal' | 'criteria' | 'phases' | 'group_name' | 'subject' | 'planned_on' | 'links' | 'status';

export interface LessonPhase {
  title: string;
  minutes: number;
  description: string;
}

export interface MaterialLink {
  title: string;
  url: string;
}

export interface DesignContent {
  title: string;
  lesson_goal: string;
  criteria: string[];
  phases: LessonPhase[];
  group_name: string;
  subject: string;
  planned_on: string | null;
  links: MaterialLink[];
  status: DesignStatus;
}

export interface LessonDesign extends DesignContent {
  id: number;
  team_id: number;
  goal_id: number;
  author_ids: number[];
  authors: { id: number; name: string }[];
  created_by: number;
  created_at: string;
  updated_at: string;
  updated_by_name: string;
  version: number;
}

export interface DesignVersion {
  design_id: number;
  version: number;
  saved_by: number;
  saved_by_name: string;
  saved_at: string;
  content: DesignContent;
}

export interface DesignComparison {
  from: DesignVersion;
  to: DesignVersion;
  changed: DesignPart[];
}

export interface DesignComment {
  id: number;
  design_id: number;
  part: string;
  body: string;
  author_id: number;
  author_name: string;
  created_at: string;
}

export type VisitStatus = 'planned' | 'held' | 'reflected';

export interface LessonVisit {
  id: number;
  design_id: number;
  design_title: string;
  team_id: number;
  teacher_id: number;
  teacher_name: string;
  visitor_id: number;
  visitor_name: string;
  group_name: string;
  starts_at: string;
  minutes: number;
  location: string;
  status: VisitStatus;
  shared_with_leadership: boolean;
  board_item_id: number | null;
  version: number;
}

export interface CriterionNote {
  criterion: string;
  notes: string;
  rating: number | null;
}

export interface Observation {
  criteria: CriterionNote[];
  notes: string;
  client_key: string;
  client_seq: number;
  updated_at: string;
}

export interface Reflection {
  students_did: string;
  criteria_met: string;
  change_next: string;
  conclusion: string;
  conclusion_kind: 'success' | 'action' | null;
  concluded_at: string | null;
  version: number;
}

export interface VisitView {
  visit: LessonVisit;
  design: LessonDesign;
  may_read_notes: boolean;
  may_observe: boolean;
  may_reflect: boolean;
  may_share: boolean;
  form: CriterionNote[];
  observation: Observation | null;
  reflection: Reflection | null;
}

/** What the phone sends, whole, on every save (see offline_queue.ts). */
export interface ObservationBody {
  client_key: string;
  client_seq: number;
  criteria: { notes: string; rating?: number }[];
  notes: string;
}

export interface LessonCounts {
  team_id: number;
  team_name: string;
  designs: number;
  visits_planned: number;
  visits_held: number;
  reflections_done: number;
}

export interface NewDesign {
  goal_id: number;
  title: string;
  co_author_ids?: number[];
}

export interface NewVisit {
  design_id: number;
  teacher_id: number;
  visitor_id: number;
  starts_at: string;
  minutes: number;
  location: string;
  group_name?: string;
}
