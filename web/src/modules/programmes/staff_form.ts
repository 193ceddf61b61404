// The staff's programme and round forms edit lists as lines of text — one goal per line, an audience line
// "PO: Bestuurders", a part "Thema's | 100 | vijf thema's", a session "2026-02-05 | 10:00 | 17:00 | Dag 1 |
// Utrecht | Berlijnplein 300" — so they work the same by keyboard, on a tablet and on a phone. These pure
// functions turn a programme or round into those lines and back; the server checks every value again.
import type { ProgrammeInput, Round, RoundInput, Sector } from './types';

const SECTORS: readonly Sector[] = ['PO', 'VO', 'MBO', 'HBO'];

export const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);
const cells = (line: string): string[] => line.split('|').map((c) => c.trim());

export interface ProgrammeText {
  title: string;
  provider: string;
  coProducers: string;
  summary: string;
  audience: string;
  goals: string;
  themes: string;
  parts: string;
  points: string;
  priceEuros: string;
  priceIncludesVat: boolean;
  vatPercent: string;
  priceOnRequest: boolean;
  inCompany: boolean;
  duration: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  withColleague: boolean;
  addressAfterEnrolment: boolean;
  published: boolean;
}

export function programmeText(p: ProgrammeInput): ProgrammeText {
  return {
    title: p.title,
    provider: p.provider,
    coProducers: p.co_producers.join('\n'),
    summary: p.summary,
    audience: p.audience.map((a) => `${a.sector}: ${a.role}`).join('\n'),
    goals: p.goals.join('\n'),
    themes: p.themes.join('\n'),
    parts: p.parts.map((part) => [part.name, String(part.hours), part.description].join(' | ')).join('\n'),
    points: String(p.registration_points),
    priceEuros: (p.price_cents / 100).toFixed(2).replace('.', ','),
    priceIncludesVat: p.price_includes_vat,
    vatPercent: String(p.vat_percent),
    priceOnRequest: p.price_on_request,
    inCompany: p.in_company,
    duration: p.duration,
    contactName: p.contact_name,
    contactEmail: p.contact_email,
    contactPhone: p.contact_phone,
    withColleague: p.enrolment_rule === 'with_colleague',
    addressAfterEnrolment: p.address_after_enrolment,
    published: p.published,
  };
}

/** Euros as typed ("900", "900,00", "1.089,50") to whole cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[€\s]/g, '').replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

export type Problems = Record<string, string>;

/** The programme to send, or the problems per field (as keys of the catalogue's texts). */
export function programmeInput(text: ProgrammeText, version?: number): { input: ProgrammeInput; problems: Problems } {
  const problems: Problems = {};
  const audience = lines(text.audience).map((line) => {
    const [sector, ...role] = line.split(':');
    const s = sector.trim().toUpperCase() as Sector;
    if (!SECTORS.includes(s) || role.join(':').trim() === '') problems.audience = 'programmes.staff.problem.audience';
    return { sector: s, role: role.join(':').trim() };
  });
  if (audience.length === 0) problems.audience = 'programmes.staff.problem.audience';
  const parts = lines(text.parts).map((line) => {
    const [name, hours, description = ''] = cells(line);
    if (!name || !/^\d+$/.test(hours ?? '')) problems.parts = 'programmes.staff.problem.parts';
    return { name, hours: Number(hours), description };
  });
  const price = text.priceOnRequest && text.priceEuros.trim() === '' ? 0 : parseEuros(text.priceEuros);
  if (price === null) problems.price_cents = 'programmes.staff.problem.price';
  if (!/^\d+$/.test(text.points.trim() || '0')) problems.registration_points = 'programmes.staff.problem.number';
  if (!/^\d+$/.test(text.vatPercent.trim() || '0')) problems.vat_percent = 'programmes.staff.problem.number';
  if (!text.title.trim()) problems.title = 'programmes.staff.problem.required';
  if (!text.provider.trim()) problems.provider = 'programmes.staff.problem.required';
  return {
    problems,
    input: {
      title: text.title.trim(),
      provider: text.provider.trim(),
      co_producers: lines(text.coProducers),
      summary: text.summary.trim(),
      audience,
      goals: lines(text.goals),
      themes: lines(text.themes),
      parts,
      registration_points: Number(text.points.trim() || '0'),
      price_cents: price ?? 0,
      price_includes_vat: text.priceIncludesVat,
      vat_percent: Number(text.vatPercent.trim() || '0'),
      price_on_request: text.priceOnRequest,
      in_company: text.inCompany,
      duration: text.duration.trim(),
      contact_name: text.contactName.trim(),
      contact_email: text.contactEmail.trim(),
      contact_phone: text.contactPhone.trim(),
      enrolment_rule: text.withColleague ? 'with_colleague' : 'individual',
      address_after_enrolment: text.addressAfterEnrolment,
      published: text.published,
      ...(version !== undefined ? { version } : {}),
    },
  };
}

export interface RoundText {
  name: string;
  exampleDates: boolean;
  closesOn: string;
  groups: string;
  tracks: string;
  sessions: string;
}

export function roundText(round: Round | null): RoundText {
  if (!round) return { name: '', exampleDates: false, closesOn: '', groups: '', tracks: '', sessions: '' };
  const groupName = (id: number | null) => round.groups.find((g) => g.id === id)?.name ?? '';
  return {
    name: round.name,
    exampleDates: round.example_dates,
    closesOn: round.enrolment_closes_on,
    groups: round.groups.map((g) => `${g.name} | ${g.capacity}`).join('\n'),
    tracks: round.tracks.map((tr) => tr.name).join('\n'),
    sessions: round.sessions
      .map((s) => [s.date, s.start, s.end, s.title, s.place, s.address, groupName(s.group_id), s.part === null ? '' : String(s.part + 1),
        s.credit_minutes ? String(s.credit_minutes / 60) : ''].join(' | ').replace(/( \| )+$/, ''))
      .join('\n'),
  };
}

/**
 * The round to send. Groups and tracks keep their ids by name, sessions by date, time and title, so an edit
 * never loses attendance of a session that stayed. A session names its group by name and its part by number.
 */
export function roundInput(text: RoundText, existing: Round | null): { input: RoundInput; problems: Problems } {
  const problems: Problems = {};
  const groups = lines(text.groups).map((line) => {
    const [name, capacity] = cells(line);
    if (!name || !/^\d+$/.test(capacity ?? '') || Number(capacity) < 1) problems.groups = 'programmes.staff.problem.groups';
    const id = existing?.groups.find((g) => g.name === name)?.id;
    return { ...(id ? { id } : {}), name, capacity: Number(capacity) };
  });
  const tracks = lines(text.tracks).map((name) => {
    const id = existing?.tracks.find((tr) => tr.name === name)?.id;
    return { ...(id ? { id } : {}), name };
  });
  const sessions = lines(text.sessions).map((line) => {
    const [date, start, end, title, place, address = '', group = '', part = '', creditHours = ''] = cells(line);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') || !/^\d{2}:\d{2}$/.test(start ?? '') || !/^\d{2}:\d{2}$/.test(end ?? '') || !title || !place) {
      problems.sessions = 'programmes.staff.problem.sessions';
    }
    const groupIndex = group ? groups.findIndex((g) => g.name === group) : -1;
    if (group && groupIndex < 0) problems.sessions = 'programmes.staff.problem.sessionGroup';
    const stored = groupIndex >= 0 ? groups[groupIndex] : undefined;
    // A stored group by its id; a group of a new round by its position; a new group of a stored round by -(position + 1).
    const groupId = groupIndex < 0 ? undefined : stored && 'id' in stored && stored.id ? stored.id : existing ? -(groupIndex + 1) : groupIndex;
    const kept = existing?.sessions.find((s) => s.date === date && s.start === start && s.title === title);
    const credit = creditHours ? Math.round(Number(creditHours.replace(',', '.')) * 60) : 0;
    if (Number.isNaN(credit) || (part && !/^\d+$/.test(part))) problems.sessions = 'programmes.staff.problem.sessions';
    return {
      ...(kept ? { id: kept.id } : {}),
      title, date, start, end, place, address,
      ...(groupId !== undefined ? { group_id: groupId } : {}),
      ...(part ? { part: Number(part) - 1 } : {}),
      credit_minutes: Number.isNaN(credit) ? 0 : credit,
    };
  });
  if (!text.name.trim()) problems.name = 'programmes.staff.problem.required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.closesOn)) problems.enrolment_closes_on = 'programmes.staff.problem.date';
  return {
    problems,
    input: { name: text.name.trim(), example_dates: text.exampleDates, enrolment_closes_on: text.closesOn, groups, tracks, sessions },
  };
}
