// One function per API route of identity and organisation (docs/API.md), so
// pages never build URLs or bodies by hand. The session's own requests (/me,
// sign out) are in app/session/api.ts.
import { api, segment as id } from '../../api/client';
import type { Me, Role } from '../../api/types';
import type {
  Appointment, BestuurDetail, BestuurSummary, CreatedInvitation, Invitation, InvitationPreview, Member, NewAppointment,
  NewInvitation, NewSchool, PeoplePage, Person, School, SchoolDetail, Team,
} from './types';

export const login = (email: string, password: string) =>
  api.post<Me>('/auth/login', { email, password });
export const requestPasswordReset = (email: string) =>
  api.post<object>('/auth/password-reset', { email });
export const confirmPasswordReset = (token: string, password: string) =>
  api.post<void>('/auth/password-reset/confirm', { token, password });

// The link's secret token has its own path, apart from the numeric invitation ids.
export const fetchInvitation = (token: string) =>
  api.get<InvitationPreview>(`/invitation-links/${id(token)}`);
/** `name` is only for a new account; an existing user proves who they are with the password. */
export const acceptInvitation = (token: string, password: string, name?: string) =>
  api.post<Me>(`/invitation-links/${id(token)}/accept`, name === undefined ? { password } : { name, password });

export const listBesturen = () =>
  api.get<{ besturen: BestuurSummary[] }>('/besturen').then((r) => r.besturen);
export const createBestuur = (name: string) => api.post<BestuurSummary>('/besturen', { name });
export const fetchBestuur = (bestuurId: number) => api.get<BestuurDetail>(`/besturen/${id(bestuurId)}`);

export const listSchools = () => api.get<{ schools: School[] }>('/schools').then((r) => r.schools);
export const createSchool = (school: NewSchool) => api.post<School>('/schools', school);
export const fetchSchool = (schoolId: number) => api.get<SchoolDetail>(`/schools/${id(schoolId)}`);

export const createTeam = (schoolId: number, name: string) =>
  api.post<Team>(`/schools/${id(schoolId)}/teams`, { name });
export const fetchTeam = (teamId: number) => api.get<Team>(`/teams/${id(teamId)}`);
export const renameTeam = (teamId: number, name: string) =>
  api.patch<Team>(`/teams/${id(teamId)}`, { name });

export const listInvitations = (schoolId: number) =>
  api.get<{ invitations: Invitation[] }>(`/schools/${id(schoolId)}/invitations`)
    .then((r) => r.invitations);
export const createInvitation = (schoolId: number, invitation: NewInvitation) =>
  api.post<CreatedInvitation>(`/schools/${id(schoolId)}/invitations`, invitation);
export const revokeInvitation = (invitationId: number) => api.delete(`/invitations/${id(invitationId)}`);
/** A new link for an open invitation, mailed again; the old link stops working. */
export const resendInvitation = (invitationId: number) =>
  api.post<CreatedInvitation>(`/invitations/${id(invitationId)}/resend`);

export const searchPeople = (query: string, limit = 20) =>
  api.get<PeoplePage>(`/people?q=${encodeURIComponent(query)}&limit=${limit}`);
export const appoint = (appointment: NewAppointment) => api.post<Appointment>('/appointments', appointment);
export const listAppointments = () =>
  api.get<{ invitations: Invitation[] }>('/appointments').then((r) => r.invitations);
export const setPlatformAdmin = (userId: number, isAdmin: boolean) =>
  isAdmin ? api.put<Person>(`/people/${id(userId)}/admin`, {}) : api.request<Person>('DELETE', `/people/${id(userId)}/admin`);

export const addMembership = (schoolId: number, userId: number, role: Role, teamId?: number) =>
  api.post<Member>(`/schools/${id(schoolId)}/memberships`, {
    user_id: userId,
    role,
    ...(teamId === undefined ? {} : { team_id: teamId }),
  });
export const removeMembership = (membershipId: number) => api.delete(`/memberships/${id(membershipId)}`);
