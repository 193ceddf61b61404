// One function per API route of the classboard module (docs/API.md, "Class board").
import { api, segment } from '../../api/client';
import type {
  ClassBoard, ClassBoardView, ClassIdea, ClassItem, ClassItemKind, ClassMeasurement, ClassScreenView, NewClassBoard,
  TeamClassBoards,
} from './types';

export const fetchMyClassBoards = (teamId: number) =>
  api.get<{ boards: ClassBoard[] }>(`/teams/${teamId}/classboards`).then((r) => r.boards);
export const createClassBoard = (teamId: number, board: NewClassBoard) => api.post<ClassBoard>(`/teams/${teamId}/classboards`, board);
export const fetchClassBoard = (id: number) => api.get<ClassBoardView>(`/classboards/${id}`);
export const editClassBoard = (id: number, change: Partial<Pick<ClassBoard, 'class_name' | 'goal' | 'measure_label'>>) =>
  api.patch<ClassBoard>(`/classboards/${id}`, change);
export const deleteClassBoard = (id: number) => api.delete(`/classboards/${id}`);
export const addClassItem = (id: number, kind: ClassItemKind, text: string) => api.post<ClassItem>(`/classboards/${id}/items`, { kind, text });
export const setClassItemDone = (itemId: number, done: boolean) => api.patch<ClassItem>(`/classboard-items/${itemId}`, { done });
export const removeClassItem = (itemId: number) => api.delete(`/classboard-items/${itemId}`);
export const recordClassMeasurement = (id: number, week: string, value: number) =>
  api.put<ClassMeasurement>(`/classboards/${id}/measurements/${week}`, { value });
export const approveIdea = (ideaId: number) => api.post<ClassIdea>(`/classboard-ideas/${ideaId}/approve`);
export const rejectIdea = (ideaId: number) => api.delete(`/classboard-ideas/${ideaId}`);
export const renewClassCode = (id: number) => api.post<ClassBoard>(`/classboards/${id}/code`);
export const makeDisplayLink = (id: number) => api.post<{ link: string }>(`/classboards/${id}/display-link`);
export const revokeDisplayLink = (id: number) => api.delete(`/classboards/${id}/display-link`);
export const startClassSession = (id: number, minutes?: number) =>
  api.post<{ link: string; token: string; ends_at: string }>(`/classboards/${id}/session`, minutes ? { minutes } : {});
export const endClassSession = (id: number) => api.delete(`/classboards/${id}/session`);
export const fetchSchoolClassBoards = (schoolId: number) =>
  api.get<{ teams: TeamClassBoards[] }>(`/schools/${schoolId}/classboards`).then((r) => r.teams);
export const classBoardQr = (id: number) => `/api/v1/classboards/${id}/qr.svg`;
export const classBoardLivePath = (id: number) => `/api/v1/classboards/${id}/live`;

/** Classroom screens, by the token of a display link or a session. */
export const fetchScreen = (token: string) => api.get<ClassScreenView>(`/classboard-screens/${segment(token)}`);
export const screenAddItem = (token: string, kind: ClassItemKind, text: string) =>
  api.post<ClassItem>(`/classboard-screens/${segment(token)}/items`, { kind, text });
export const screenSetItemDone = (token: string, itemId: number, done: boolean) =>
  api.patch<ClassItem>(`/classboard-screens/${segment(token)}/items/${itemId}`, { done });
export const screenRecordMeasurement = (token: string, week: string, value: number) =>
  api.put<ClassMeasurement>(`/classboard-screens/${segment(token)}/measurements/${week}`, { value });
export const screenQr = (token: string) => `/api/v1/classboard-screens/${segment(token)}/qr.svg`;
export const screenLivePath = (token: string) => `/api/v1/classboard-screens/${segment(token)}/live`;

/** Students: no account. */
export const lookUpClass = (code: string) => api.post<{ class_name: string }>('/classboard-ideas/lookup', { code });
export const sendIdea = (code: string, text: string) => api.post<void>('/classboard-ideas', { code, text });
