// One function per API route of the lessons module (docs/API.md, "Lesson designs and visits"), so pages never
// build URLs or bodies by hand. A stale save comes back as ApiError 409 with `current`.
import { api, segment as id } from '../../api/client';
import type {
  DesignComment, DesignComparison, DesignContent, DesignVersion, LessonCounts, LessonDesign, LessonVisit, NewDesign,
  NewVisit, Observation, ObservationBody, Reflection, VisitView,
} from './types';

export interface DesignFilter {
  goal_id?: number;
  status?: string;
  author_id?: number;
}

export function listDesigns(teamId: number, filter: DesignFilter = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value !== undefined && value !== '') query.set(key, String(value));
  const suffix = query.size ? `?${query}` : '';
  return api.get<LessonDesign[]>(`/teams/${id(teamId)}/lesson-designs${suffix}`);
}
export const createDesign = (teamId: number, design: NewDesign) =>
  api.post<LessonDesign>(`/teams/${id(teamId)}/lesson-designs`, design);
export const fetchDesign = (designId: number) => api.get<LessonDesign>(`/lesson-designs/${id(designId)}`);
/** Saves the parts named, made on `version`; different parts merge with a co-author's save. */
export const saveDesign = (designId: number, parts: Partial<DesignContent> & { co_author_ids?: number[] }, version: number) =>
  api.patch<LessonDesign>(`/lesson-designs/${id(designId)}`, { ...parts, version });
export const listVersions = (designId: number) => api.get<DesignVersion[]>(`/lesson-designs/${id(designId)}/versions`);
export const compareVersions = (designId: number, from: number, to: number) =>
  api.get<DesignComparison>(`/lesson-designs/${id(designId)}/changes?from=${from}&to=${to}`);
export const listComments = (designId: number) => api.get<DesignComment[]>(`/lesson-designs/${id(designId)}/comments`);
export const addComment = (designId: number, part: string, body: string) =>
  api.post<DesignComment>(`/lesson-designs/${id(designId)}/comments`, { part, body });

export const listTeamVisits = (teamId: number) => api.get<LessonVisit[]>(`/teams/${id(teamId)}/lesson-visits`);
export const planVisit = (teamId: number, visit: NewVisit) => api.post<LessonVisit>(`/teams/${id(teamId)}/lesson-visits`, visit);
export const fetchMyVisits = () => api.get<{ coming: LessonVisit[]; done: LessonVisit[] }>('/me/lesson-visits');
export const fetchVisit = (visitId: number) => api.get<VisitView>(`/lesson-visits/${id(visitId)}`);
export const sendObservation = (visitId: number, body: ObservationBody) =>
  api.put<{ observation: Observation; applied: boolean }>(`/lesson-visits/${id(visitId)}/observation`, body);
export const saveReflection = (visitId: number, parts: Partial<Reflection>, version: number) =>
  api.put<Reflection>(`/lesson-visits/${id(visitId)}/reflection`, { ...parts, version });
export const concludeReflection = (visitId: number, kind: 'success' | 'action', version: number) =>
  api.post<VisitView>(`/lesson-visits/${id(visitId)}/conclusion`, { kind, version });
export const shareVisit = (visitId: number, shared: boolean, version: number) =>
  api.put<LessonVisit>(`/lesson-visits/${id(visitId)}/sharing`, { shared_with_leadership: shared, version });
export const fetchLessonCounts = (schoolId: number) => api.get<LessonCounts[]>(`/schools/${id(schoolId)}/lesson-counts`);
export const fetchGoalLessons = (goalId: number) =>
  api.get<{ designs: LessonDesign[]; visits: LessonVisit[] }>(`/goals/${id(goalId)}/lessons`);
