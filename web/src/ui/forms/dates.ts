// Dates as people write them: dd-mm-jjjj, in Dutch and in English alike, whatever
// language the browser is set to (a native date input would follow the browser).
// The API speaks ISO (YYYY-MM-DD); these turn one into the other.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Whether `value` is a real day written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  return !!m && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** "2026-11-23" → "23-11-2026"; anything else is returned as it is. */
export function formatDay(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/**
 * What a person typed, as YYYY-MM-DD: "23-11-2026", "23/11/2026", "23.11.2026",
 * "3-2-2026", "23112026", "23-11-26" (this century) and "2026-11-23" are read.
 * Empty text gives ''; text that is no real day gives null.
 */
export function parseDay(text: string): string | null {
  const value = text.trim();
  if (value === '') return '';
  let day: number, month: number, year: number;
  const iso = ISO.exec(value);
  const written = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$/.exec(value);
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (written) [day, month, year] = [Number(written[1]), Number(written[2]), Number(written[3])];
  else if (compact) [day, month, year] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
  else return null;
  if (year < 100) year += 2000;
  if (!validDay(year, month, day)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
