// One function per API route of the voice module (docs/API.md, "Student voice").
import { api } from '../../api/client';
import type {
  NewRound, Round, RoundTemplate, RoundWithResults, SchoolVoice, StudentAnswer, StudentRound, TrendPoint,
} from './types';

export const fetchTemplates = () => api.get<{ templates: RoundTemplate[] }>('/voice/templates').then((r) => r.templates);
export const fetchMyRounds = (teamId: number) =>
  api.get<{ rounds: Round[] }>(`/teams/${teamId}/voice/rounds`).then((r) => r.rounds);
export const openRound = (teamId: number, round: NewRound) => api.post<Round>(`/teams/${teamId}/voice/rounds`, round);
export const fetchRound = (id: number) => api.get<RoundWithResults>(`/voice/rounds/${id}`);
export const closeRound = (id: number) => api.post<Round>(`/voice/rounds/${id}/close`);
export const deleteRound = (id: number) => api.delete(`/voice/rounds/${id}`);
export const shareRound = (id: number, shared: boolean) => api.put<Round>(`/voice/rounds/${id}/sharing`, { shared });
export const hideWords = (id: number, words: string) => api.put<Round>(`/voice/rounds/${id}/hidden-words`, { words });
export const fetchTrend = (id: number, question: number) =>
  api.get<{ points: TrendPoint[] }>(`/voice/rounds/${id}/trend?question=${question}`).then((r) => r.points);
export const qrAddress = (id: number) => `/api/v1/voice/rounds/${id}/qr.svg`;
/** The team's lesson designs a round may ask about (the lessons module's route; only what the form needs). */
export const fetchTeamDesigns = (teamId: number) =>
  api.get<{ id: number; title: string; criteria: string[] }[]>(`/teams/${teamId}/lesson-designs`);
/** The rounds about a lesson visit's design whose results the caller may see (beside the visit). */
export const fetchVisitVoice = (visitId: number) =>
  api.get<{ rounds: RoundWithResults[] }>(`/lesson-visits/${visitId}/voice-results`).then((r) => r.rounds);
export const fetchSchoolVoice = (schoolId: number) => api.get<SchoolVoice>(`/schools/${schoolId}/voice`);

/** Students: the code goes in the body, never in the address, so no log holds it. */
export const lookUpRound = (code: string) => api.post<StudentRound>('/voice/lookup', { code });
export const sendAnswers = (code: string, deviceToken: string, answers: StudentAnswer[]) =>
  api.post<void>('/voice/answers', { code, device_token: deviceToken, answers });
