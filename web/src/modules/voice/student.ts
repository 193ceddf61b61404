// The pure pieces of the student page: the random device token the browser
// keeps (no fingerprinting: only this value, made here), the code from the
// link's #fragment (a fragment never reaches the server or its log), and the
// answers to send.
import type { StudentAnswer, StudentRound } from './types';

export const DEVICE_KEY = 'samenbeter.voice.device';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 32 random characters (192 bits) from `random`, e.g. crypto.getRandomValues. */
export function newDeviceToken(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
  const bytes = random(new Uint8Array(32));
  return Array.from(bytes, (b) => ALPHABET[b & 63]).join('');
}

/** The token kept in `storage`, made once. */
export function deviceToken(storage: Pick<Storage, 'getItem' | 'setItem'>, random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
  const kept = storage.getItem(DEVICE_KEY);
  if (kept && /^[A-Za-z0-9_-]{16,128}$/.test(kept)) return kept;
  const made = newDeviceToken(random);
  storage.setItem(DEVICE_KEY, made);
  return made;
}

/** The code in a link's fragment ("#ACE3K79"), cleaned, or ''. */
export function codeFromHash(hash: string): string {
  return cleanCode(hash.replace(/^#/, ''));
}

/** What a student typed, as the server reads it: capitals, without spaces or dashes. */
export function cleanCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase().slice(0, 12);
}

/** The answers given so far: scale values chosen and open texts written (empty ones left out). */
export function answersToSend(round: StudentRound, values: (number | null)[], texts: string[]): StudentAnswer[] {
  const out: StudentAnswer[] = [];
  round.questions.forEach((question, index) => {
    if (question.kind === 'scale' && values[index]) out.push({ question: index, value: values[index] as number });
    if (question.kind === 'open' && texts[index]?.trim()) out.push({ question: index, text: texts[index].trim() });
  });
  return out;
}

/** The smiley of a point on the three-point PO scale. */
export function smiley(point: number): string {
  return ['😞', '😐', '😊'][point - 1] ?? '';
}
