// The mentoring module's API shapes (docs/API.md, "Mentoring").
export type Track = 'leidinggevende' | 'expert';
export type Mode = 'in_person' | 'online' | 'either';
export type Month = 'december' | 'january' | 'february' | 'march';

export interface MentorForm {
  name: string;
  email: string;
  phone: string;
  organisation: string;
  role: string;
  track: Track | '';
  years_in_role: number | null;
  team_size: number | null;
  years_ci: number | null;
  capacity: number;
  region: string;
  municipality: string;
  sectors: string[];
  mode: Mode;
  months: Month[];
  topics: string;
}

export interface Reason { code: string; nl: string; en: string }
export interface MentorCheck { track: Track | null; eligible: boolean; reasons: Reason[] }

export interface MentorApplication extends Omit<MentorForm, 'track'> { id: number; track: Track; events?: RoundEvent[] }
export interface MenteeApplication {
  id: number; name: string; school: string; school_id: number | null; role: string; sector: string; region: string;
  mode: Mode; months: Month[]; topics: string;
}
export interface MenteeOption { school_id: number; school_name: string; roles: string[] }
export interface PairSummary {
  id: number; mentor_name: string; mentor_organisation: string; mentee_name: string; mentee_school: string;
  mentee_school_id: number | null;
}
/** A round's own event: the preparatory webinar or the pairing-and-planning meeting. */
export interface RoundEvent {
  round: string; kind: 'webinar' | 'pairing_meeting'; title: string; date: string; start: string; end: string;
  starts_at: string; ends_at: string; place: string; link: string;
}
export interface MyMentoring {
  options: MenteeOption[]; application: MenteeApplication | null; pairs: PairSummary[]; events: RoundEvent[];
}

export interface Meeting {
  number: number; starts_at: string | null; date?: string; time?: string; place: '' | 'company' | 'school' | 'online';
  held: '' | 'yes' | 'no'; log: string; experiment: string; board_item_id: number | null;
}
export interface PairView extends PairSummary {
  meetings: Meeting[]; guides: string[]; mine_as_mentor: boolean; mine_as_mentee: boolean; season: string;
  events: RoundEvent[];
}

export interface ProgrammeSchool {
  id: number; name: string; sector: string; region: string; programme_region: string; in_programme: boolean;
}

export interface Score { total: number; sector: number; meeting_mode: number; availability: number; distance: number; topics: number }
export interface Run {
  id: number; created_at: string; pair_count: number; total_score: number; locked_pairs: number;
  unpaired_mentors: number; unpaired_mentees: number; published_at: string | null;
}
export interface RunPair {
  mentor_id: number; mentee_id: number; mentor_name: string; mentee_name: string; mentor_region: string;
  mentee_school: string; locked: boolean; score: Score; note_nl: string; note_en: string;
}
export interface Unpaired { side: 'mentor' | 'mentee'; application_id: number; name: string; reason: string; text_nl: string; text_en: string }
export interface Decision { mentor_id: number; mentee_id: number; kind: 'lock' | 'forbid' }
export interface RunPage extends Run { offset: number; pairs: RunPair[]; unpaired: Unpaired[]; decisions: Decision[] }
export interface RunDiff { from: Run; to: Run; added: RunPair[]; removed: RunPair[] }
export interface TrackRow extends PairSummary { planned: number[]; held: number[]; held_total: number; expected_held: number; behind: boolean }
