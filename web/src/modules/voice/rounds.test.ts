import { describe, expect, it } from 'vitest';
import { oneDecimal, ownQuestions, percent, spacedCode } from './rounds';

describe('own questions', () => {
  it('are one per line, open when they start with a question mark', () => {
    expect(ownQuestions('De uitleg was duidelijk\n\n? Wat kan beter?\n  ?  \n')).toEqual([
      { kind: 'scale', text: 'De uitleg was duidelijk' },
      { kind: 'open', text: 'Wat kan beter?' },
    ]);
  });
});

describe('numbers', () => {
  it('read as people read them', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
    expect(oneDecimal(2.55, 'nl')).toMatch(/^2,[56]$/);
    expect(oneDecimal(3, 'en')).toBe('3.0');
    expect(spacedCode('ACE3K79')).toBe('ACE 3K79');
  });
});
