import { describe, expect, it } from 'vitest';
import { answersToSend, cleanCode, codeFromHash, deviceToken, newDeviceToken } from './student';
import type { StudentRound } from './types';

const fixed = (value: number) => (bytes: Uint8Array) => bytes.fill(value);

describe('the device token', () => {
  it('is 32 URL-safe characters made from random bytes', () => {
    expect(newDeviceToken(fixed(0))).toBe('A'.repeat(32));
    expect(newDeviceToken((b) => b.map((_, i) => i))).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
  it('is made once and then kept', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const first = deviceToken(storage, fixed(1));
    expect(deviceToken(storage, fixed(2))).toBe(first);
    store.set('samenbeter.voice.device', 'kort');
    expect(deviceToken(storage, fixed(2))).toBe('C'.repeat(32));
  });
});

describe('codes', () => {
  it('come from the link fragment or the keyboard, as the server reads them', () => {
    expect(codeFromHash('#ace3k79')).toBe('ACE3K79');
    expect(codeFromHash('')).toBe('');
    expect(cleanCode(' ace-3k7 9 ')).toBe('ACE3K79');
  });
});

describe('the answers to send', () => {
  const round: StudentRound = {
    title: 'Les', level: 'po', scale_points: 3, closes_at: '',
    questions: [{ kind: 'scale', text: 'a' }, { kind: 'open', text: 'b' }, { kind: 'scale', text: 'c' }],
  };
  it('leave out what was skipped', () => {
    expect(answersToSend(round, [2, null, null], ['', '  ', ''])).toEqual([{ question: 0, value: 2 }]);
    expect(answersToSend(round, [null, null, 3], ['', ' Meer spelletjes ', ''])).toEqual([
      { question: 1, text: 'Meer spelletjes' }, { question: 2, value: 3 },
    ]);
  });
});
