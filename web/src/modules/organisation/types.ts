// Shapes of the identity and organisation part of the JSON API v1 (docs/API.md):
// besturen, schools, teams, members and invitations. Field names follow the wire format.
import type { Membership, Role } from '../../api/types';

export type Sector = 'PO' | 'VO' | 'MBO' | 'HBO';
export type Region = 'noord' | 'midden' | 'zuid';

export interface School {
  id: number;
  bestuur_id: number;
  bestuur_name: string;
  name: string;
  sector: Sector;
  brin: string;
  region: Region;
}

export interface Member {
  membership_id: number;
  user_id: number;
  name: string;
  email: string;
  role: Role;
  team_id: number | null;
}

export interface TeamSummary {
  id: number;
  school_id?: number;
  school_name?: string;
  name: string;
}

export interface Team {
  id: number;
  school_id: number;
  school_name: string;
  name: string;
  members: Member[];
}

export interface SchoolDetail extends School {
  teams: TeamSummary[];
  staff: Member[];
}

export interface BestuurSummary {
  id: number;
  name: string;
  school_count: number;
}

export interface BestuurDetail {
  id: number;
  name: string;
  schools: School[];
}

/** An open invitation as the school's management (or the platform admin) sees it. */
export interface Invitation {
  id: number;
  email: string;
  role: Role;
  school_id: number | null;
  school_name: string | null;
  team_id: number | null;
  team_name: string | null;
  bestuur_id: number | null;
  bestuur_name: string | null;
  created_at: string;
  expires_at: string;
  invited_by_name: string;
}

/** What the invited person sees before accepting. */
export interface InvitationPreview {
  email: string;
  role: Role;
  school_name: string | null;
  team_name: string | null;
  bestuur_name: string | null;
  expires_at: string;
}

export interface CreatedInvitation {
  invitation: Invitation;
  /** Path of the acceptance page, e.g. "/uitnodiging/<token>". */
  link: string;
}

export interface NewSchool {
  bestuur_id: number;
  name: string;
  sector: Sector;
  brin: string;
  region: Region;
}

/** A person as the platform admin finds them, with every role they hold. */
export interface Person {
  id: number;
  name: string;
  email: string;
  is_admin: boolean;
  memberships: Membership[];
}

export interface PeoplePage {
  people: Person[];
  /** More people match than were returned. */
  more: boolean;
}

/** The roles the platform admin appoints by e-mail address. */
export type AppointedRole = 'bestuurder' | 'programmabeheerder' | 'expertcoach';

export interface NewAppointment {
  email: string;
  role: AppointedRole;
  bestuur_id?: number;
  school_id?: number;
}

/** An address with an account gets the role (`person`); any other an invitation. */
export type Appointment = { person: Person } | CreatedInvitation;

export interface NewInvitation {
  email: string;
  role: Role;
  team_id?: number;
}
