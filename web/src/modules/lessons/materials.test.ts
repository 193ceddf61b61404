import { describe, expect, it } from 'vitest';
import { formatBytes, materialProblem } from './materials';

describe('materials', () => {
  it('refuses before sending what the server would refuse', () => {
    const limit = 25 * 1024 * 1024;
    expect(materialProblem({ name: 'werkblad.pdf', size: 1000 }, limit)).toBe('');
    expect(materialProblem({ name: 'Les 3.PPTX', size: 1000 }, limit)).toBe('');
    expect(materialProblem({ name: 'film.mp4', size: limit + 1 }, limit)).toBe('too_large');
    expect(materialProblem({ name: 'leeg.pdf', size: 0 }, limit)).toBe('empty');
    expect(materialProblem({ name: 'script.exe', size: 10 }, limit)).toBe('type');
    expect(materialProblem({ name: 'zonder-extensie', size: 10 }, limit)).toBe('type');
  });

  it('shows sizes as people read them', () => {
    expect(formatBytes(840, 'nl')).toBe('840 B');
    expect(formatBytes(12.5 * 1024 * 1024, 'nl')).toBe('12,5 MB');
    expect(formatBytes(12.5 * 1024 * 1024, 'en')).toBe('12.5 MB');
    expect(formatBytes(150 * 1024, 'en')).toBe('150 kB');
    expect(formatBytes(25 * 1024 * 1024, 'nl')).toBe('25 MB');
  });
});
