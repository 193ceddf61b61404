import { describe, expect, it } from 'vitest';
import { pdfText } from '../../ui/export';
import { recordCsv, recordFileName, recordRows, type RecordTexts } from './record_export';
import type { SessionRecord } from './types';

const NL: Record<string, string> = {
  'record.attendees': 'Aanwezig', 'record.measurements': 'Metingen', 'record.actionsMoved': 'Verplaatste acties',
  'record.actionsCreated': 'Nieuwe acties', 'record.actionsClosed': 'Afgeronde acties', 'record.successes': 'Successen',
  'record.obstacles': 'Obstakels', 'board.kind.idea': 'Ideeën', 'board.status.todo': 'Te doen', 'board.status.doing': 'Mee bezig',
  'board.status.leadership': 'Bij de schoolleiding', 'goal.yes': 'ja', 'goal.no': 'nee', 'record.csv.section': 'Onderdeel',
  'record.csv.text': 'Tekst', 'record.csv.week': 'Week', 'record.csv.value': 'Waarde', 'record.csv.change': 'Verandering',
  'record.fileName': 'Bordsessie',
};
const texts = (locale: string): RecordTexts => ({ t: (key) => NL[key] ?? key, locale, week: (iso) => `week van ${iso}` });

const record: SessionRecord = {
  id: 9, team_id: 1, started_at: '2026-11-16T14:50:00Z', closed_at: '2026-11-16T15:10:00Z',
  attendees: [{ user_id: 1, name: 'Sanne de Vries' }],
  measurements: [
    { goal_id: 1, goal_title: 'Rustige start', week: '2026-11-16', value: 52.5, unit: 'percentage' },
    { goal_id: 2, goal_title: 'Leesles gegeven', week: '2026-11-16', value: 1, unit: 'yes_no' },
    { goal_id: 3, goal_title: 'Oud verslag', week: '2026-11-09', value: 4, unit: null },
  ],
  actions_created: [{ item_id: 3, text: 'Ouders; mailen over "thuis" lezen' }],
  actions_moved: [{ item_id: 4, text: 'Leeshoek', from: 'todo', to: 'doing' }],
  actions_closed: [], successes: [], obstacles_raised: [{ item_id: 5, text: 'Geen boeken', status: 'leadership' }],
  ideas_and_agreements: [{ item_id: 6, text: 'Voorleeswedstrijd', kind: 'idea' }],
};

describe('a session record exported', () => {
  it('keeps each measurement’s unit: a percentage, a yes/no, a plain number', () => {
    const values = recordRows(record, texts('nl')).filter((r) => r.section === 'Metingen').map((r) => r.value);
    expect(values).toEqual(['52,5%', 'ja', '4']);
  });

  it('is a CSV for a Dutch Excel: BOM, a header row, semicolons, quotes where needed', () => {
    const csv = recordCsv(record, texts('nl'));
    expect(csv.startsWith('\uFEFFOnderdeel;Tekst;Week;Waarde;Verandering\r\n')).toBe(true);
    expect(csv).toContain('Metingen;Rustige start;week van 2026-11-16;52,5%;\r\n');
    expect(csv).toContain('Nieuwe acties;"Ouders; mailen over ""thuis"" lezen";;;\r\n');
    expect(csv).toContain('Verplaatste acties;Leeshoek;;;Te doen → Mee bezig\r\n');
    expect(csv).toContain('Ideeën;Voorleeswedstrijd;;;\r\n');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 1 + 3 + 1 + 1 + 1 + 1);
  });

  it('uses commas and decimal points in English', () => {
    expect(recordCsv(record, texts('en'))).toContain('Metingen,Rustige start,week van 2026-11-16,52.5%,\r\n');
  });

  it('is named after the team and the day, and its PDF text fits the standard fonts', () => {
    expect(recordFileName(record, 'Groep 5-6 één', texts('nl'))).toBe('bordsessie-groep-5-6-een-2026-11-16');
    expect(pdfText('Te doen → Mee bezig ✓ “ja” – één')).toBe('Te doen -> Mee bezig ? “ja” – één');
  });
});
