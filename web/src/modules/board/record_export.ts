// A board session's record as lines to print, export to CSV and lay out as a
// PDF: one list of rows (section, text, week, value, change) that all three
// share, so the CSV, the PDF and the page say the same. Texts come from the
// caller's catalogue (t), numbers and dates from its locale; the CSV is
// UTF-8 with a BOM and, in Dutch, semicolons and decimal commas, as Excel
// expects them there. The PDF is made in the browser by jsPDF, loaded only
// when asked for.
import { fileName, pdfText, toCsv } from '../../ui/export';
import { formatValue } from './format';
import type { GoalUnit, SessionRecord } from './types';

export interface RecordTexts {
  /** The catalogue's text for a key (i18n t). */
  t: (key: string, params?: Record<string, string | number>) => string;
  /** 'nl' or 'en'. */
  locale: string;
  /** A week's Monday (YYYY-MM-DD) as shown, e.g. "16 nov". */
  week: (iso: string) => string;
}

export interface RecordRow {
  section: string;
  text: string;
  week: string;
  value: string;
  change: string;
}

const ACTION_STATUSES = ['todo', 'doing', 'done'];

function statusText(texts: RecordTexts, status: string): string {
  return ACTION_STATUSES.includes(status) || ['open', 'leadership', 'answered', 'taken_on', 'resolved'].includes(status)
    ? texts.t(`board.status.${status}`)
    : status;
}

/** A measurement's value with its unit as the record kept it: "52%", "7", "ja". */
export function recordValue(value: number | null, unit: GoalUnit | null, texts: RecordTexts): string {
  return formatValue(value, unit ?? 'count', texts.locale, { yes: texts.t('goal.yes'), no: texts.t('goal.no') });
}

/** Every line of the record, in the order of the page. */
export function recordRows(record: SessionRecord, texts: RecordTexts): RecordRow[] {
  const { t } = texts;
  const rows: RecordRow[] = [];
  const row = (section: string, text: string, extra: Partial<RecordRow> = {}) =>
    rows.push({ section: t(section), text, week: '', value: '', change: '', ...extra });
  for (const person of record.attendees) row('record.attendees', person.name);
  for (const m of record.measurements) {
    row('record.measurements', m.goal_title, { week: texts.week(m.week), value: recordValue(m.value, m.unit, texts) });
  }
  for (const entry of record.actions_moved) {
    row('record.actionsMoved', entry.text, { change: `${statusText(texts, entry.from)} → ${statusText(texts, entry.to)}` });
  }
  for (const entry of record.actions_created) row('record.actionsCreated', entry.text);
  for (const entry of record.actions_closed) row('record.actionsClosed', entry.text);
  for (const entry of record.successes) row('record.successes', entry.text);
  for (const entry of record.obstacles_raised) row('record.obstacles', entry.text, { change: statusText(texts, entry.status) });
  for (const entry of record.ideas_and_agreements ?? []) row(`board.kind.${entry.kind}`, entry.text);
  return rows;
}

/** The record as CSV: a header row, then one row per line; UTF-8 with BOM, CRLF, ';' in Dutch. */
export function recordCsv(record: SessionRecord, texts: RecordTexts): string {
  const header = ['record.csv.section', 'record.csv.text', 'record.csv.week', 'record.csv.value', 'record.csv.change'].map((key) => texts.t(key));
  const lines = [header, ...recordRows(record, texts).map((r) => [r.section, r.text, r.week, r.value, r.change])];
  return toCsv(lines, texts.locale);
}

/** A file name for the record: bordsessie-groep-5-6-2026-11-16. */
export function recordFileName(record: SessionRecord, teamName: string, texts: RecordTexts): string {
  return fileName(texts.t('record.fileName'), teamName, record.started_at.slice(0, 10));
}

export interface RecordHeading {
  title: string;
  subtitle: string;
}

/** The record as a PDF on A4 (more pages only when it does not fit one), made in the browser. */
export async function recordPdf(record: SessionRecord, heading: RecordHeading, texts: RecordTexts): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  const margin = 15;
  const width = 210 - 2 * margin;
  const bottom = 297 - margin;
  let y = margin + 5;
  const ensure = (height: number) => {
    if (y + height <= bottom) return;
    doc.addPage();
    y = margin + 5;
  };
  const write = (text: string, size: number, style: 'normal' | 'bold', indent = 0, gap = 1.5) => {
    doc.setFont('helvetica', style);
    doc.setFontSize(size);
    const lines = doc.splitTextToSize(pdfText(text), width - indent) as string[];
    const lineHeight = size * 0.42;
    ensure(lines.length * lineHeight);
    doc.text(lines, margin + indent, y);
    y += lines.length * lineHeight + gap;
  };
  doc.setProperties({ title: pdfText(heading.title) });
  write(heading.title, 16, 'bold', 0, 1);
  write(heading.subtitle, 9.5, 'normal', 0, 4);
  let section = '';
  for (const row of recordRows(record, texts)) {
    if (row.section !== section) {
      section = row.section;
      y += 1.5;
      ensure(12);
      write(section, 11.5, 'bold', 0, 1);
    }
    const details = [row.week, row.value, row.change].filter(Boolean).join(' · ');
    write(details ? `• ${row.text} — ${details}` : `• ${row.text}`, 10, 'normal', 2, 0.8);
  }
  return doc.output('blob');
}
