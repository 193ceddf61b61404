// Uploaded materials of a lesson design (docs/API.md, "Materials"). An upload sends the file itself as the body
// (the server streams it to storage) through XMLHttpRequest, the one browser API that reports upload progress;
// everything else goes through the JSON client.
import { API_BASE, ApiError, api, segment as id } from '../../api/client';

export interface LessonMaterial {
  id: number;
  design_id: number;
  name: string;
  content_type: string;
  bytes: number;
  uploaded_by: number;
  uploaded_by_name: string;
  uploaded_at: number;
}

export interface MaterialList {
  materials: LessonMaterial[];
  max_bytes: number;
  max_count: number;
}

/** The kinds of file the server takes (it decides by the content; this only helps the file picker). */
export const MATERIAL_EXTENSIONS = ['pdf', 'docx', 'pptx', 'xlsx', 'odt', 'odp', 'ods', 'png', 'jpg', 'jpeg', 'gif', 'mp4', 'm4v', 'mov'] as const;
export const MATERIAL_ACCEPT = MATERIAL_EXTENSIONS.map((e) => `.${e}`).join(',');

export const listMaterials = (designId: number) => api.get<MaterialList>(`/lesson-designs/${id(designId)}/materials`);
export const removeMaterial = (designId: number, materialId: number) =>
  api.delete(`/lesson-designs/${id(designId)}/materials/${id(materialId)}`);
export const materialUrl = (designId: number, materialId: number) =>
  `${API_BASE}/lesson-designs/${id(designId)}/materials/${id(materialId)}`;

/** Why a file cannot go up, found before sending it: 'too_large', 'empty', 'type', or '' when it may. */
export function materialProblem(file: { name: string; size: number }, maxBytes: number): '' | 'too_large' | 'empty' | 'type' {
  if (file.size === 0) return 'empty';
  if (maxBytes > 0 && file.size > maxBytes) return 'too_large';
  const dot = file.name.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.name.slice(dot + 1).toLowerCase();
  if (!(MATERIAL_EXTENSIONS as readonly string[]).includes(extension)) return 'type';
  return '';
}

/** A size as people read it: "840 kB", "12,5 MB", counted in 1024s like the server's limit (25 MB is --upload-limit-mb 25). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

export interface Upload {
  done: Promise<LessonMaterial>;
  abort: () => void;
}

/** Sends one file; `onProgress` hears the share sent (0–1). Fails with an ApiError like the JSON client. */
export function uploadMaterial(designId: number, file: File, onProgress: (share: number) => void): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<LessonMaterial>((resolve, reject) => {
    xhr.open('POST', `${API_BASE}/lesson-designs/${id(designId)}/materials?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    if (api.csrf) xhr.setRequestHeader('X-CSRF-Token', api.csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: handled as a generic error below.
      }
      if (xhr.status === 201) {
        onProgress(1);
        resolve(body as LessonMaterial);
        return;
      }
      const error = (body as { error?: Record<string, unknown> } | null)?.error ?? {};
      reject(new ApiError(xhr.status, typeof error.code === 'string' ? error.code : 'internal',
        typeof error.message === 'string' ? error.message : '', typeof error.field === 'string' ? error.field : '', null,
        { reason: typeof error.reason === 'string' ? error.reason : undefined, max: typeof error.max === 'number' ? error.max : undefined }));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The connection was lost.'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'The upload was stopped.'));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
