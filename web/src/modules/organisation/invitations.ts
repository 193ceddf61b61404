// A second invitation to the same address, role and place is refused (409
// already_exists at the e-mail field) with the open one as `current`: the
// form says so and offers to send that one again instead.
import { ApiError } from '../../api/client';
import { formatDate, t } from '../../i18n/i18n.svelte';
import type { Invitation } from './types';

/** The open invitation a refusal carries, or null when the refusal is about something else. */
export function openInvitationOf(error: unknown): Invitation | null {
  if (!(error instanceof ApiError) || error.code !== 'already_exists' || error.field !== 'email') return null;
  const current = error.current;
  if (typeof current !== 'object' || current === null || !('id' in current) || !('expires_at' in current)) return null;
  return current as Invitation;
}

/** What the e-mail field says about an open invitation. */
export const alreadyInvitedText = (open: Invitation): string =>
  t('invite.alreadyOpen', { date: formatDate(open.expires_at) });
