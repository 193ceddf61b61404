// One function per API route of the notifications module (docs/API.md, "Mail
// about my work"), so pages never build URLs or bodies by hand.
import { api } from '../../api/client';
import type { MailPreferences } from './types';

export const fetchMailPreferences = () => api.get<MailPreferences>('/me/notifications');
/** Switches the named topics; answers every topic as it is now. */
export const updateMailPreferences = (changes: Partial<MailPreferences>) =>
  api.patch<MailPreferences>('/me/notifications', changes);
