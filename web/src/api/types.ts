// Shapes of the JSON API v1 (docs/API.md) that every module needs: who is
// signed in and in which roles. Each module keeps its own shapes in its
// types.ts. Field names follow the wire format.

export type Locale = 'nl' | 'en';
export type Role =
  | 'leraar'
  | 'schoolcoach'
  | 'schoolleider'
  | 'bestuurder'
  | 'expertcoach'
  | 'programmabeheerder';

export interface User {
  id: number;
  email: string;
  name: string;
  is_admin: boolean;
  locale: Locale;
}

/** One role of the user; exactly one of team, school or bestuur is its scope. */
export interface Membership {
  id: number;
  role: Role;
  team_id: number | null;
  team_name: string | null;
  school_id: number | null;
  school_name: string | null;
  bestuur_id: number | null;
  bestuur_name: string | null;
}

export interface Me {
  user: User;
  memberships: Membership[];
  csrf_token: string;
}
