import { describe, expect, it } from 'vitest';
import { fileName, pdfText, toCsv } from './export';

describe('exports', () => {
  it('writes CSV as Excel reads it in the language: BOM, CRLF, ";" in Dutch, quotes where needed', () => {
    const rows = [['Wat', 'Waarde'], ['Lezen; thuis', '52,5'], ['Zei "ja"', 'regel\nnieuw']];
    expect(toCsv(rows, 'nl')).toBe('\uFEFFWat;Waarde\r\n"Lezen; thuis";52,5\r\n"Zei ""ja""";"regel\nnieuw"\r\n');
    expect(toCsv([['a', 'b,c']], 'en')).toBe('\uFEFFa,"b,c"\r\n');
  });

  it('makes a file name from words, without accents and empty parts', () => {
    expect(fileName('Bordsessie', 'Groep 5-6 één', '', '2026-11-16')).toBe('bordsessie-groep-5-6-een-2026-11-16');
  });

  it('keeps text drawable in the PDF fonts', () => {
    expect(pdfText('Te doen → Mee bezig ✓ “ja”')).toBe('Te doen -> Mee bezig ? “ja”');
  });
});
