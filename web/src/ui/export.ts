// What every export of the app shares, whatever module it belongs to: CSV as
// Excel opens it in the user's language (UTF-8 with BOM, CRLF, ';' in Dutch
// where ',' is the decimal mark), a file name made from words, text that
// jsPDF's standard fonts can draw, and handing a file to the browser.

/** One CSV field: quoted when it holds the separator, a quote or a line break. */
function csvField(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows (the first one the header) as a CSV document for `locale`. */
export function toCsv(rows: readonly (readonly string[])[], locale: string): string {
  const separator = locale === 'nl' ? ';' : ',';
  return '\uFEFF' + rows.map((cells) => cells.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}

/** A file name from words: "Bordsessie", "Groep 5-6 één", "2026-11-16" → bordsessie-groep-5-6-een-2026-11-16. */
export function fileName(...parts: readonly string[]): string {
  const slug = (text: string) =>
    text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return parts.map(slug).filter(Boolean).join('-');
}

/**
 * Text for jsPDF's standard fonts (WinAnsi): typographic quotes, dashes and bullets
 * stay, an arrow becomes "->", anything else outside Latin-1 a question mark.
 */
export function pdfText(text: string): string {
  const keep = new Set(['‘', '’', '“', '”', '–', '—', '…', '€', '•']);
  return [...text.replaceAll('→', '->')]
    .map((ch) => (ch.charCodeAt(0) < 256 || keep.has(ch) ? ch : '?'))
    .join('');
}

/** Hands a file to the browser's downloads. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.dataset.native = '';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
