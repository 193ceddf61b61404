// One function per API route of the trajectory module (docs/API.md, "Trajectory"),
// so pages never build URLs or bodies by hand.
import { api } from '../../api/client';
import type {
  Condition, ConditionStatus, FoundationInvitation, FteBand, Meeting, MeetingInput, MeetingPerson, MeetingWithAttendees,
  PipelineSchool, Quote, StepInput, Trajectory, Visit, VisitBudget,
} from './types';

const base = (schoolId: number) => `/schools/${encodeURIComponent(String(schoolId))}/trajectory`;

export const fetchTrajectory = (schoolId: number) => api.get<Trajectory>(base(schoolId));
export const registerSchool = (schoolId: number, pupils: number, step: Omit<StepInput, 'phase'>) =>
  api.post<Trajectory>(base(schoolId), { pupils, ...step });
export const setPupils = (schoolId: number, pupils: number) => api.patch<Trajectory>(base(schoolId), { pupils });
export const recordStep = (schoolId: number, step: StepInput) => api.post<Trajectory>(`${base(schoolId)}/steps`, step);
export const checkCondition = (schoolId: number, condition: Condition, status: ConditionStatus, note: string) =>
  api.put<Trajectory>(`${base(schoolId)}/conditions`, { condition, status, note });

export const fetchPipeline = () => api.get<{ schools: PipelineSchool[] }>('/trajectories').then((r) => r.schools);
export const fetchFteRule = () => api.get<{ bands: FteBand[] }>('/coach-fte-rule').then((r) => r.bands);
export const saveFteRule = (bands: FteBand[]) =>
  api.put<{ bands: FteBand[] }>('/coach-fte-rule', { bands }).then((r) => r.bands);

export const fetchQuotes = (schoolId: number) =>
  api.get<{ quotes: Quote[] }>(`/schools/${encodeURIComponent(String(schoolId))}/quotes`).then((r) => r.quotes);
export const makeQuote = (schoolId: number, schoolYear: string, teams: number, years: number) =>
  api.post<Quote>(`/schools/${encodeURIComponent(String(schoolId))}/quotes`, { school_year: schoolYear, teams, years });

export const fetchVisits = (schoolId: number) =>
  api.get<{ budget: VisitBudget; visits: Visit[] }>(`/schools/${encodeURIComponent(String(schoolId))}/visits`);
export const planVisit = (schoolId: number, date: string, startTime: string, minutes: number) =>
  api.post<Visit>(`/schools/${encodeURIComponent(String(schoolId))}/visits`, { date, start_time: startTime, minutes });
export const reportVisit = (visitId: number, seen: string, advice: string) =>
  api.put<Visit>(`/visits/${encodeURIComponent(String(visitId))}/report`, { seen, advice });
export const cancelVisit = (visitId: number) => api.post<Visit>(`/visits/${encodeURIComponent(String(visitId))}/cancel`, {});
export const approveVisit = (visitId: number) => api.post<Visit>(`/visits/${encodeURIComponent(String(visitId))}/approve`, {});

/** Meetings: public (no account) and the staff's side. */
export const fetchMeetings = () => api.get<{ meetings: Meeting[] }>('/meetings').then((r) => r.meetings);
export const fetchMeeting = (id: number) => api.get<Meeting>(`/meetings/${encodeURIComponent(String(id))}`);
export const signUpForMeeting = (id: number, school: string, people: MeetingPerson[]) =>
  api.post<{ meeting_id: number; school: string; people: MeetingPerson[] }>(
    `/meetings/${encodeURIComponent(String(id))}/signups`, { school, people });
export const fetchStaffMeetings = () => api.get<{ meetings: Meeting[] }>('/staff/meetings').then((r) => r.meetings);
export const publishMeeting = (input: MeetingInput) => api.post<Meeting>('/staff/meetings', input);
export const fetchStaffMeeting = (id: number) =>
  api.get<MeetingWithAttendees>(`/staff/meetings/${encodeURIComponent(String(id))}`);
export const recordAttendance = (id: number, marks: { attendee_id: number; attended: boolean | null }[]) =>
  api.put<MeetingWithAttendees>(`/staff/meetings/${encodeURIComponent(String(id))}/attendance`, { marks });

/** "Nodig ons uit". */
export const inviteFoundation = (schoolId: number, message: string) =>
  api.post<FoundationInvitation>(`/schools/${encodeURIComponent(String(schoolId))}/foundation-invitations`, { message });
export const fetchFoundationInvitations = () =>
  api.get<{ invitations: FoundationInvitation[] }>('/staff/foundation-invitations').then((r) => r.invitations);
