// The voice module's shapes, as the API sends them (docs/API.md, "Student voice").
export type Level = 'po' | 'vo' | 'mbo';
export type QuestionKind = 'scale' | 'open';

export interface Question {
  kind: QuestionKind;
  text: string;
}

export interface RoundTemplate {
  key: string;
  level: Level;
  name: string;
  questions: Question[];
}

export interface Round {
  id: number;
  team_id: number;
  title: string;
  level: Level;
  scale_points: number;
  questions: Question[];
  class_size: number;
  min_answers: number;
  opened_at: string;
  closes_at: string;
  closed_at: string | null;
  open: boolean;
  keep_until: string;
  shared: boolean;
  answers: number;
  /** The lesson design (lessons module) the round asks about, if any. */
  lesson_design_id: number | null;
  /** Only for the teacher whose round it is. */
  code?: string;
  hidden_words?: string[];
  link?: string;
}

export interface QuestionResult {
  question: number;
  kind: QuestionKind;
  text: string;
  answered: number;
  counts?: number[];
  average?: number | null;
  open_answers?: string[];
}

export interface RoundResults {
  answers: number;
  min_answers: number;
  visible: boolean;
  questions: QuestionResult[];
}

export interface RoundWithResults extends Round {
  mine: boolean;
  results: RoundResults;
}

export interface SchoolVoice {
  teams: { team_id: number; team_name: string; rounds: number }[];
  shared: Round[];
}

export interface TrendPoint {
  round_id: number;
  title: string;
  opened_at: string;
  average: number;
}

/** What a student's phone gets for a code: nothing about the teacher or the class. */
export interface StudentRound {
  title: string;
  level: Level;
  scale_points: number;
  questions: Question[];
  closes_at: string;
}

export interface NewRound {
  title: string;
  level: Level;
  template?: string;
  questions?: Question[];
  class_size: number;
  min_answers?: number;
  open_minutes?: number;
  /** A lesson design of the team the round asks about; its success criteria become questions when chosen. */
  lesson_design_id?: number;
  criteria_as_questions?: boolean;
}

export interface StudentAnswer {
  question: number;
  value?: number;
  text?: string;
}
