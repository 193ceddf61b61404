// Shapes of the programmes module's JSON API (docs/API.md, "Leadership programmes"). Field names follow the wire.

export type Sector = 'PO' | 'VO' | 'MBO' | 'HBO';
export type EnrolmentRule = 'individual' | 'with_colleague';
export type RoundState = 'open' | 'closed' | 'running' | 'completed';
export type EnrolmentStatus = 'placed' | 'waiting' | 'cancelled';

export interface AudienceEntry {
  sector: Sector;
  role: string;
}

export interface ProgrammePart {
  name: string;
  hours: number;
  description: string;
}

/** What staff send to create or change a programme. */
export interface ProgrammeInput {
  title: string;
  provider: string;
  co_producers: string[];
  summary: string;
  audience: AudienceEntry[];
  goals: string[];
  themes: string[];
  parts: ProgrammePart[];
  registration_points: number;
  price_cents: number;
  price_includes_vat: boolean;
  vat_percent: number;
  price_on_request: boolean;
  in_company: boolean;
  duration: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  enrolment_rule: EnrolmentRule;
  address_after_enrolment: boolean;
  published: boolean;
  version?: number;
}

export interface Programme extends ProgrammeInput {
  id: number;
  total_hours: number;
  price_excl_vat_cents: number;
  price_incl_vat_cents: number;
  version: number;
}

export interface ProgrammeSession {
  id: number;
  title: string;
  starts_at: string;
  ends_at: string;
  /** Amsterdam date and clock times: "2026-02-05", "10:00", "17:00". */
  date: string;
  start: string;
  end: string;
  place: string;
  address: string;
  group_id: number | null;
  part: number | null;
  credit_minutes: number;
}

export interface RoundGroup {
  id: number;
  name: string;
  capacity: number;
}

export interface Round {
  id: number;
  programme_id: number;
  name: string;
  example_dates: boolean;
  enrolment_closes_at: string;
  enrolment_closes_on: string;
  state: RoundState;
  groups: RoundGroup[];
  tracks: { id: number; name: string }[];
  sessions: ProgrammeSession[];
}

export interface ProgrammeEntry extends Programme {
  rounds: Round[];
}

export interface RoundInput {
  name: string;
  example_dates: boolean;
  enrolment_closes_on: string;
  groups: { id?: number; name: string; capacity: number }[];
  tracks: { id?: number; name: string }[];
  sessions: {
    id?: number;
    title: string;
    date: string;
    start: string;
    end: string;
    place: string;
    address: string;
    group_id?: number;
    part?: number;
    credit_minutes: number;
  }[];
}

/** A place held for a colleague without an account, as its inviter follows it. */
export type InvitationState = 'none' | 'open' | 'accepted' | 'expired' | 'withdrawn';

export interface Enrolment {
  id: number;
  round_id: number;
  /** null while the place is held for an invited colleague */
  user_id: number | null;
  user_name: string;
  user_email: string;
  bestuur_id: number;
  bestuur_name: string;
  school_id: number | null;
  sector: Sector;
  role: string;
  status: EnrolmentStatus;
  group_id: number | null;
  preferred_group_id: number | null;
  track_id: number | null;
  enrolled_by: number;
  created_at: string;
  invitation: { state: InvitationState; email: string; held_until: string | null };
}

export interface PartProgress {
  name: string;
  required_minutes: number;
  done_minutes: number;
}

export interface EnrolmentView extends Enrolment {
  programme?: Programme;
  round?: Round;
  round_state: RoundState;
  colleague: { required: boolean; complete: boolean; deadline: string | null };
  progress: {
    sessions_total: number;
    sessions_attended: number;
    parts: PartProgress[];
    assignments_required: number;
    assignments_handed_in: number;
    assignments_accepted: number;
    complete: boolean;
  };
  waiting_position: number;
  /** The number of the participant's project group; 0 for none. */
  project_group: number;
  project_mates: string[];
  /** What the participant hands in (placed participants only), by due date. */
  assignments: AssignmentItem[];
}

export interface Certificate {
  participant_name: string;
  participant_email: string;
  programme_title: string;
  provider: string;
  round_name: string;
  registration_points: number;
  hours: number;
  completed_on: string;
}

export interface EnrolRequest {
  user_id?: number;
  sector: Sector;
  role: string;
  group_id?: number;
  track_id?: number;
}

/** Enrol a colleague without an account: they get an invitation into the school (or bestuur) named. */
export interface InviteRequest {
  email: string;
  school_id?: number;
  bestuur_id?: number;
  sector: Sector;
  role: string;
  group_id?: number;
  track_id?: number;
}

/** An enrolment made for a colleague, as its inviter follows it (GET /me/programme-colleagues). */
export interface ColleagueEnrolment extends EnrolmentView {
  round_name: string;
}

/** What a programme invitation link offers. */
export interface ProgrammeInvitation {
  programme: Programme;
  round: Round;
  email: string;
  status: EnrolmentStatus;
  held_until: string;
  invited_by_name: string;
  place: string;
}

export interface CatalogueFilter {
  sector?: Sector | '';
  role?: string;
  place?: string;
  month?: string;
  max_price_cents?: number;
  min_points?: number;
}

/** A round as staff run it: its programme, the round and every enrolment in order of arrival. */
export interface RoundOverview {
  programme: Programme;
  round: Round;
  enrolments: EnrolmentView[];
}

/** An assignment of a round (seed 000's preparation per visit, seed 002's Take-to-School). */
export interface Assignment {
  id: number;
  round_id: number;
  title: string;
  instructions: string;
  /** Index of the programme's part; accepted work credits credit_minutes to it. */
  part: number | null;
  session_id: number | null;
  due_at: string;
  /** YYYY-MM-DD and HH:MM, Amsterdam. */
  due_on: string;
  due_time: string;
  credit_minutes: number;
  version: number;
}

export interface AssignmentInput {
  title: string;
  instructions: string;
  part: number | null;
  session_id: number | null;
  due_on: string;
  due_time: string;
  credit_minutes: number;
  version?: number;
}

export type HandInStatus = 'submitted' | 'accepted' | 'returned';
/** An assignment as its participant sees it. */
export type AssignmentState = 'todo' | 'overdue' | 'submitted' | 'submitted_late' | 'accepted' | 'returned';

export interface HandIn {
  id: number;
  assignment_id: number;
  enrolment_id: number;
  text: string;
  status: HandInStatus;
  /** First handed in after the due moment. */
  late: boolean;
  first_submitted_at: string;
  submitted_at: string;
  submitted_on: string;
  submitted_time: string;
  feedback: string;
  reviewed_at: string | null;
  version: number;
}

export interface AssignmentItem {
  assignment: Assignment;
  state: AssignmentState;
  hand_in: HandIn | null;
}

/** One participant's line under an assignment (staff). */
export interface HandInLine {
  enrolment_id: number;
  user_name: string;
  user_email: string;
  bestuur_name: string;
  state: AssignmentState;
  hand_in: HandIn | null;
}

export interface AssignmentOverview extends Assignment {
  lines: HandInLine[];
  counts: { participants: number; handed_in: number; accepted: number; waiting: number };
}

/** A round's assignments with every participant's hand-in (staff). */
export interface RoundAssignments {
  programme: Programme;
  round: Round;
  assignments: AssignmentOverview[];
}
