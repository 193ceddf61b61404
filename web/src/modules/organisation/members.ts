// Removing one role of a person, as the school and team pages both offer it.
import { t } from '../../i18n/i18n.svelte';
import { announce } from '../../ui/status.svelte';
import { removeMembership } from './api';

/** Removes one membership and says so; the page then reloads what it shows. */
export async function removeMember(membershipId: number): Promise<void> {
  await removeMembership(membershipId);
  announce(t('members.removed'));
}
