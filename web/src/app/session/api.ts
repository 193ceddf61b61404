// The requests of the session itself: who is signed in (/me), their own
// changes to it, and signing out. Signing in is the organisation module's page.
import { api } from '../../api/client';
import type { Locale, Me } from '../../api/types';

export const fetchMe = () => api.get<Me>('/me');
export const updateMe = (changes: { name?: string; locale?: Locale }) =>
  api.patch<Me>('/me', changes);
export const logout = () => api.post<void>('/auth/logout');
