// The JSON of the classboard module's routes (docs/API.md, "Class board").
export type MeasureKind = 'number' | 'smiley';
export type ClassItemKind = 'action' | 'success' | 'obstacle';

export interface ClassBoard {
  id: number;
  team_id: number;
  class_name: string;
  goal: string;
  measure_kind: MeasureKind;
  measure_label: string;
  code: string;
  code_expires_at: string;
  display_link: boolean;
  seq: number;
}

export interface ClassItem {
  id: number;
  board_id: number;
  kind: ClassItemKind;
  text: string;
  done: boolean;
}

export interface ClassIdea {
  id: number;
  text: string;
  approved: boolean;
}

export interface ClassMeasurement {
  week: string;
  value: number;
}

/** A board as a screen shows it (the teacher's view also holds the pending ideas). */
export interface ClassBoardView {
  board: ClassBoard;
  items: ClassItem[];
  ideas: ClassIdea[];
  measurements: ClassMeasurement[];
  pending_ideas: number;
  session: { started_at: string; ends_at: string } | null;
  idea_link?: string;
}

export interface ClassScreenView extends ClassBoardView {
  mode: 'display' | 'session';
}

export interface NewClassBoard {
  class_name: string;
  goal: string;
  measure_kind: MeasureKind;
  measure_label: string;
}

export interface TeamClassBoards {
  team_id: number;
  team_name: string;
  boards: number;
}
