// One function per API route of the measurements module (docs/API.md, "Metingen").
import { api } from '../../api/client';
import type {
  BestuurTrend, CultureStatement, LinkView, MeasurementRound, MeasurementSchool, NewRound, Questionnaire,
  RoundWithResults, SchoolMeasurements,
} from './types';

export const fetchQuestionnaires = () =>
  api.get<{ questionnaires: Questionnaire[] }>('/questionnaires').then((r) => r.questionnaires);
export const createQuestionnaire = (title: string, description: string, statements: CultureStatement[]) =>
  api.post<Questionnaire>('/questionnaires', { title, description, statements });
export const fetchMeasurementSchools = () =>
  api.get<{ schools: MeasurementSchool[] }>('/measurement-schools').then((r) => r.schools);
export const fetchSchoolMeasurements = (schoolId: number) =>
  api.get<SchoolMeasurements>(`/schools/${schoolId}/measurement-rounds`);
export const openRound = (schoolId: number, round: NewRound) =>
  api.post<MeasurementRound>(`/schools/${schoolId}/measurement-rounds`, round);
export const fetchRound = (id: number) => api.get<RoundWithResults>(`/measurement-rounds/${id}`);
export const closeRound = (id: number) => api.post<MeasurementRound>(`/measurement-rounds/${id}/close`);
export const releaseRound = (id: number, released: boolean) =>
  api.put<MeasurementRound>(`/measurement-rounds/${id}/release`, { released });
export const fetchBestuurTrend = (bestuurId: number) => api.get<BestuurTrend>(`/besturen/${bestuurId}/measurement-trend`);

/** The answer page: the token goes in the body, never in the address, so no log holds it. */
export const lookUpLink = (token: string) => api.post<LinkView>('/measurement-links/lookup', { token });
export const sendMeasurementAnswers = (token: string, values: number[]) =>
  api.post<void>('/measurement-links/answers', {
    token,
    answers: values.map((value, statement) => ({ statement, value })),
  });
