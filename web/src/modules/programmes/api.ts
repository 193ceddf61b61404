// One function per API route of the programmes module (docs/API.md, "Leadership programmes").
import { api, segment as id } from '../../api/client';
import type { Me } from '../../api/types';
import type {
  Assignment, AssignmentInput, HandIn, RoundAssignments,
  CatalogueFilter, Certificate, ColleagueEnrolment, EnrolRequest, InviteRequest, ProgrammeInvitation, Enrolment, EnrolmentView, Programme, ProgrammeEntry, ProgrammeInput, Round,
  RoundInput, RoundOverview,
} from './types';

/** The query string of a catalogue filter, without empty fields (also the page's own URL). */
export function filterQuery(filter: CatalogueFilter): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '' && value !== null) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

export const fetchCatalogue = (filter: CatalogueFilter = {}) => api.get<ProgrammeEntry[]>(`/programmes${filterQuery(filter)}`);
export const fetchProgramme = (programmeId: number) => api.get<ProgrammeEntry>(`/programmes/${id(programmeId)}`);
export const fetchComparison = (ids: readonly number[]) =>
  api.get<ProgrammeEntry[]>(`/programme-comparison?ids=${ids.map((n) => id(n)).join(',')}`);

export const enrol = (roundId: number, request: EnrolRequest) =>
  api.post<Enrolment>(`/programme-rounds/${id(roundId)}/enrolments`, request);
export const cancelEnrolment = (enrolmentId: number) =>
  api.request<Enrolment>('DELETE', `/programme-enrolments/${id(enrolmentId)}`);
export const inviteColleague = (roundId: number, request: InviteRequest) =>
  api.post<Enrolment>(`/programme-rounds/${id(roundId)}/invitations`, request);
export const resendInvitation = (enrolmentId: number) =>
  api.post<Enrolment>(`/programme-enrolments/${id(enrolmentId)}/invitation`, {});
export const fetchColleagueEnrolments = () => api.get<ColleagueEnrolment[]>('/me/programme-colleagues');
export const fetchProgrammeInvitation = (token: string) =>
  api.get<ProgrammeInvitation>(`/programme-invitation-links/${id(token)}`);
export const acceptProgrammeInvitation = (token: string, name: string, password: string) =>
  api.post<Me>(`/programme-invitation-links/${id(token)}/accept`, { name, password });
export const fetchMyProgrammes = () => api.get<EnrolmentView[]>('/me/programmes');
export const fetchCertificate = (enrolmentId: number) =>
  api.get<Certificate>(`/programme-enrolments/${id(enrolmentId)}/certificate`);

export const fetchStaffProgrammes = () => api.get<ProgrammeEntry[]>('/staff/programmes');
export const fetchStaffProgramme = (programmeId: number) => api.get<ProgrammeEntry>(`/staff/programmes/${id(programmeId)}`);
export const createProgramme = (programme: ProgrammeInput) => api.post<Programme>('/staff/programmes', programme);
export const updateProgramme = (programmeId: number, programme: ProgrammeInput) =>
  api.put<Programme>(`/staff/programmes/${id(programmeId)}`, programme);
export const copyProgramme = (programmeId: number) => api.post<Programme>(`/staff/programmes/${id(programmeId)}/copy`, {});
export const createRound = (programmeId: number, round: RoundInput) =>
  api.post<Round>(`/staff/programmes/${id(programmeId)}/rounds`, round);
export const updateRound = (roundId: number, round: RoundInput) => api.put<Round>(`/staff/programme-rounds/${id(roundId)}`, round);
export const copyRound = (roundId: number, name: string, firstSessionOn: string) =>
  api.post<Round>(`/staff/programme-rounds/${id(roundId)}/copy`, { name, first_session_on: firstSessionOn });
export const fetchRoundOverview = (roundId: number) => api.get<RoundOverview>(`/staff/programme-rounds/${id(roundId)}`);
export const putAttendance = (sessionId: number, marks: { enrolment_id: number; present: boolean }[]) =>
  api.put<void>(`/staff/programme-sessions/${id(sessionId)}/attendance`, { marks });
export const logHours = (enrolmentId: number, entry: { part: number; minutes: number; note: string }) =>
  api.post<{ id: number }>(`/staff/programme-enrolments/${id(enrolmentId)}/hours`, entry);
export const proposeProjectGroups = (roundId: number) =>
  api.post<{ groups: { enrolment_ids: number[] }[] }>(`/staff/programme-rounds/${id(roundId)}/project-groups`, {});
export const putProjectGroups = (roundId: number, groups: number[][]) =>
  api.put<void>(`/staff/programme-rounds/${id(roundId)}/project-groups`, { groups: groups.map((ids) => ({ enrolment_ids: ids })) });

// Assignments (issue 14, point 5).
export const handIn = (assignmentId: number, text: string) =>
  api.put<HandIn>(`/programme-assignments/${id(assignmentId)}/hand-in`, { text });
export const fetchRoundAssignments = (roundId: number) =>
  api.get<RoundAssignments>(`/staff/programme-rounds/${id(roundId)}/assignments`);
export const createAssignment = (roundId: number, input: AssignmentInput) =>
  api.post<Assignment>(`/staff/programme-rounds/${id(roundId)}/assignments`, input);
export const updateAssignment = (assignmentId: number, input: AssignmentInput) =>
  api.put<Assignment>(`/staff/programme-assignments/${id(assignmentId)}`, input);
export const deleteAssignment = (assignmentId: number) =>
  api.request<void>('DELETE', `/staff/programme-assignments/${id(assignmentId)}`);
export const reviewHandIn = (handInId: number, review: { decision: 'accepted' | 'returned'; feedback: string; version: number }) =>
  api.post<HandIn>(`/staff/programme-hand-ins/${id(handInId)}/review`, review);
/** Download addresses of the staff's exports (the browser sends the session cookie with a plain link). */
export const exportPath = {
  register: (roundId: number, format: 'csv' | 'xlsx') => `/api/v1/staff/programme-rounds/${id(roundId)}/register?format=${format}`,
  invoices: (roundId: number, format: 'csv' | 'xlsx') => `/api/v1/staff/programme-rounds/${id(roundId)}/invoices?format=${format}`,
  handIns: (roundId: number, format: 'csv' | 'xlsx') => `/api/v1/staff/programme-rounds/${id(roundId)}/hand-ins?format=${format}`,
  attendance: (sessionId: number, format: 'csv' | 'xlsx') =>
    `/api/v1/staff/programme-sessions/${id(sessionId)}/attendance-list?format=${format}`,
};
