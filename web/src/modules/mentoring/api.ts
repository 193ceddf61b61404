// One function per API route of the mentoring module (docs/API.md, "Mentoring").
import { api, segment } from '../../api/client';
import type {
  Decision, MenteeApplication, MentorApplication, MentorCheck, MentorForm, Meeting, MyMentoring, PairView, ProgrammeSchool,
  RoundEvent, Run, RunDiff, RunPage, TrackRow,
} from './types';

/** The form's numbers as the API takes them: an empty field is 0. */
const body = (form: MentorForm) => ({
  ...form, years_in_role: form.years_in_role ?? 0, team_size: form.team_size ?? 0, years_ci: form.years_ci ?? 0,
});

export const checkMentor = (form: MentorForm) => api.post<MentorCheck>('/mentoring/mentor-applications/check', body(form));
export const applyAsMentor = (form: MentorForm) =>
  api.post<{ id: number; track: string }>('/mentoring/mentor-applications', body(form));
/** The personal link's token goes in the body, never in an address. */
export const lookUpMyApplication = (token: string) => api.post<MentorApplication>('/mentoring/my-application/lookup', { token });
export const changeMyApplication = (token: string, form: MentorForm) =>
  api.put<MentorApplication>('/mentoring/my-application', { token, ...body(form) });
export const withdrawMyApplication = (token: string) => api.post<void>('/mentoring/my-application/withdraw', { token });
export const formQrAddress = '/api/v1/mentoring/form-qr.svg';

export const fetchMyMentoring = () => api.get<MyMentoring>('/me/mentoring');
export const applyAsMentee = (input: { school_id: number; role: string; mode: string; months: string[]; topics: string }) =>
  api.put<MenteeApplication>('/me/mentoring/application', input);
export const withdrawMenteeApplication = () => api.delete('/me/mentoring/application');

export const fetchPair = (id: number) => api.get<PairView>(`/mentoring/pairs/${segment(id)}`);
export const planMeeting = (id: number, input: { number: number; date: string; time: string; place: string }) =>
  api.put<Meeting>(`/mentoring/pairs/${segment(id)}/plan`, input);
export const logMeeting = (id: number, input: { number: number; held: string; log: string; experiment: string }) =>
  api.put<Meeting>(`/mentoring/pairs/${segment(id)}/log`, input);
export const experimentToBoard = (id: number, number: number, teamId: number) =>
  api.post<Meeting>(`/mentoring/pairs/${segment(id)}/board-action`, { number, team_id: teamId });

export const fetchRuns = () => api.get<Run[]>('/staff/mentoring/runs');
export const startRun = () => api.post<Run>('/staff/mentoring/runs');
export const fetchRunPage = (id: number, offset: number, limit: number) =>
  api.get<RunPage>(`/staff/mentoring/runs/${segment(id)}?offset=${offset}&limit=${limit}`);
export const fetchDiff = (id: number, from: number) => api.get<RunDiff>(`/staff/mentoring/runs/${segment(id)}/diff?from=${from}`);
export const publishRun = (id: number) => api.post<{ pairs: unknown[] }>(`/staff/mentoring/runs/${segment(id)}/publish`);
export const decide = (mentorId: number, menteeId: number, kind: Decision['kind'] | null) =>
  api.put<unknown>('/staff/mentoring/decisions', { mentor_id: mentorId, mentee_id: menteeId, kind });
export const fetchPool = () =>
  api.get<{ mentors: (MentorApplication & { eligible: boolean })[]; mentees: MenteeApplication[]; decisions: Decision[] }>('/staff/mentoring/pool');
export const fetchOnTrack = () => api.get<TrackRow[]>('/staff/mentoring/on-track');
export const onTrackExportAddress = '/api/v1/staff/mentoring/on-track/export?format=csv';
export const poolCsvAddress = (side: 'mentors' | 'mentees') => `/api/v1/staff/mentoring/pool.csv?side=${side}`;
/** Every school, with whether it is in the inspiration programme (its leaders and coaches may apply as mentees). */
export const fetchProgrammeSchools = () =>
  api.get<{ schools: ProgrammeSchool[] }>('/staff/mentoring/schools').then((r) => r.schools);
export const setProgrammeSchool = (schoolId: number, inProgramme: boolean) =>
  api.put<unknown>('/staff/mentoring/schools', { school_id: schoolId, in_programme: inProgramme });
/** '' puts the school back in its own region. */
export const setProgrammeRegion = (schoolId: number, region: string) =>
  api.put<unknown>('/staff/mentoring/schools', { school_id: schoolId, programme_region: region });
/** The round's own events; without a round, the current one. */
export const fetchRoundEvents = () => api.get<{ round: string; events: RoundEvent[] }>('/staff/mentoring/events');
export const saveRoundEvent = (input: Omit<RoundEvent, 'starts_at' | 'ends_at'>) => api.put<RoundEvent>('/staff/mentoring/events', input);
export const removeRoundEvent = (round: string, kind: RoundEvent['kind']) =>
  api.delete(`/staff/mentoring/events?round=${encodeURIComponent(round)}&kind=${kind}`);
export const fetchGuides = () => api.get<string[]>('/staff/mentoring/guides');
export const saveGuide = (number: number, text: string) => api.put<unknown>('/staff/mentoring/guides', { number, text });
