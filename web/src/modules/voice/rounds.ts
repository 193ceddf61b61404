// Pure pieces of the teacher's screens: her own questions from the text she
// typed, and the numbers of a result as people read them.
import type { Question } from './types';

/** One question per line; a line starting with "?" is an open question, any other a scale question. */
export function ownQuestions(text: string): Question[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line !== '?')
    .map((line) =>
      line.startsWith('?') ? { kind: 'open' as const, text: line.slice(1).trim() } : { kind: 'scale' as const, text: line },
    );
}

/** The share of `count` in `total`, in whole percent (0 when nobody answered). */
export function percent(count: number, total: number): number {
  return total > 0 ? Math.round((count * 100) / total) : 0;
}

/** A mean with one decimal, in the language's way ("2,6" in Dutch). */
export function oneDecimal(value: number, locale: string): string {
  return value.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The code as the classroom screen shows it: in two groups, easier to copy ("ACE 3K79"). */
export function spacedCode(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
