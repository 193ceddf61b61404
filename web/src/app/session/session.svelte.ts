// The signed-in user as reactive state. /me is asked once at start; a 401 from
// any later request means the session ended and the app returns to sign-in.
import { api, ApiError } from '../../api/client';
import type { Locale, Me } from '../../api/types';
import { i18n, setLocale } from '../../i18n/i18n.svelte';
import { fetchMe, logout, updateMe } from './api';

export const session = $state({
  me: null as Me | null,
  /** False until the first /me answered, so pages do not flash the sign-in form. */
  ready: false,
  /** The start-up /me failed for another reason than 401 (server down). */
  loadError: null as ApiError | null,
});

export async function loadSession(): Promise<void> {
  try {
    startSession(await fetchMe());
    session.loadError = null;
  } catch (error) {
    session.me = null;
    if (error instanceof ApiError && error.status !== 401) session.loadError = error;
  } finally {
    session.ready = true;
  }
}

/** After sign-in or accepting an invitation: the user's stored language wins. */
export function startSession(me: Me): void {
  adoptMe(me);
  if (me.user.locale !== i18n.locale) setLocale(me.user.locale);
}

/** Keeps the latest /me (e.g. after PATCH /me) without touching the language. */
export function adoptMe(me: Me): void {
  session.me = me;
}

/** Signs out. A session that had already ended (401) is signed out all the same. */
export async function endSession(): Promise<void> {
  try {
    await logout();
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  } finally {
    forgetSession();
  }
}

export function forgetSession(): void {
  session.me = null;
  api.forgetCsrf();
}

/** Switches language now and, when signed in, stores it on the account. */
export async function chooseLocale(locale: Locale): Promise<void> {
  setLocale(locale);
  if (session.me && session.me.user.locale !== locale) {
    adoptMe(await updateMe({ locale }));
  }
}
