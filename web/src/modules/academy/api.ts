// One function per API route of the academy module (docs/API.md, "Academy").
import { api, segment } from '../../api/client';
import type {
  AcademyItem, AcademyItemInput, AcademyItemPage, AcademyMark, AcademyModuleInput, CatalogueModule, SchoolProgress,
} from './types';

export const fetchCatalogue = () => api.get<{ modules: CatalogueModule[] }>('/academy').then((r) => r.modules);
export const fetchItem = (id: number) => api.get<AcademyItemPage>(`/academy-items/${segment(id)}`);
export const markItem = (id: number, mark: AcademyMark) =>
  api.put<{ item_id: number; mark: AcademyMark }>(`/academy-items/${segment(id)}/mark`, { mark });
export const fetchSchoolProgress = (schoolId: number) =>
  api.get<SchoolProgress>(`/schools/${segment(schoolId)}/academy-progress`);

/** Programme staff. */
export const addModule = (input: AcademyModuleInput) => api.post<CatalogueModule>('/staff/academy-modules', input);
export const changeModule = (id: number, input: AcademyModuleInput) =>
  api.put<CatalogueModule>(`/staff/academy-modules/${segment(id)}`, input);
export const addItem = (moduleId: number, input: AcademyItemInput) =>
  api.post<AcademyItem>(`/staff/academy-modules/${segment(moduleId)}/items`, input);
export const changeItem = (id: number, input: AcademyItemInput) =>
  api.put<AcademyItem>(`/staff/academy-items/${segment(id)}`, input);
export const removeItem = (id: number) => api.delete(`/staff/academy-items/${segment(id)}`);
