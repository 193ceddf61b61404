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

// A language chosen while signed out (on the sign-in page, say), remembered for this tab: at sign-in the
// account takes it over, instead of switching the person back to the language stored on the account.
const CHOSEN_KEY = 'samenbeter.localeChosenSignedOut';

function takeChosenLocale(): Locale | null {
  try {
    const value = sessionStorage.getItem(CHOSEN_KEY);
    sessionStorage.removeItem(CHOSEN_KEY);
    return value === 'nl' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

function rememberChosenLocale(locale: Locale): void {
  try {
    sessionStorage.setItem(CHOSEN_KEY, locale);
  } catch {
    // Not remembered: the account's language applies at sign-in.
  }
}

/**
 * After sign-in or accepting an invitation: a language chosen just before, while signed out, is kept and
 * stored on the account; otherwise the account's stored language wins.
 */
export function startSession(me: Me): void {
  adoptMe(me);
  const chosen = takeChosenLocale();
  if (chosen && chosen !== me.user.locale) {
    if (chosen !== i18n.locale) setLocale(chosen);
    updateMe({ locale: chosen }).then(adoptMe, () => {
      // Not stored on the account this time; the page stays in the chosen language all the same.
    });
    return;
  }
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
  if (!session.me) {
    rememberChosenLocale(locale);
    return;
  }
  if (session.me.user.locale !== locale) {
    adoptMe(await updateMe({ locale }));
  }
}
