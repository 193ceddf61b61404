import { describe, expect, it } from 'vitest';
import {
  answersOrMissing, distribution, formatMean, meanOf, meanWidth, parseStatements, tokenFromHash, trendDimensions,
} from './measurements';
import type { GroupResult } from './types';

const shown = (means: Record<string, number>): GroupResult => ({
  answered: 6, visible: true, min_group: 5,
  dimensions: Object.entries(means).map(([dimension, mean]) => ({ dimension, mean, answers: 24, counts: [0, 0, 12, 12, 0] })),
});
const hidden: GroupResult = { answered: 3, visible: false, min_group: 5, dimensions: [] };

describe('statements typed one per line', () => {
  it('take their dimension before the colon, or from the line before', () => {
    expect(parseStatements('Samen leren: We bereiden samen voor.\nIk leer van collega\'s.\n\nLeiderschap: De leiding doet mee.')).toEqual([
      { dimension: 'Samen leren', text: 'We bereiden samen voor.' },
      { dimension: 'Samen leren', text: "Ik leer van collega's." },
      { dimension: 'Leiderschap', text: 'De leiding doet mee.' },
    ]);
  });
  it('refuse a first statement without a dimension', () => {
    expect(parseStatements('Zonder dimensie')).toBeNull();
  });
});

describe('the answer page', () => {
  it('reads the token from the fragment only when it looks like one', () => {
    expect(tokenFromHash('#abcdefghijklmnopqrstuv')).toBe('abcdefghijklmnopqrstuv');
    expect(tokenFromHash('#kort')).toBe('');
    expect(tokenFromHash('#abcdefghijklmnop/../x')).toBe('');
  });
  it('sends only when every statement has a point, else names the first one missing', () => {
    expect(answersOrMissing([1, 5, 3])).toEqual({ values: [1, 5, 3] });
    expect(answersOrMissing([1, null, null])).toEqual({ missing: 1 });
  });
});

describe('results', () => {
  it('write a mean with one decimal and draw it on the 1–5 scale', () => {
    expect(formatMean(3.456)).toBe('3,5');
    expect(formatMean(3.456, 'en')).toBe('3.5');
    expect(meanWidth(1)).toBe(0);
    expect(meanWidth(5)).toBe(100);
    expect(meanWidth(3)).toBe(50);
  });
  it('give the distribution as whole percentages', () => {
    expect(distribution([1, 1, 2, 0, 0])).toEqual([25, 25, 50, 0, 0]);
    expect(distribution([0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
  });
  it('have no mean for a hidden group', () => {
    expect(meanOf(shown({ A: 3.2 }), 'A')).toBe(3.2);
    expect(meanOf(hidden, 'A')).toBeNull();
  });
  it('compare the dimensions of both sides in order', () => {
    expect(trendDimensions([{ baseline: shown({ A: 3, B: 2 }), follow_up: shown({ A: 4, C: 1 }) }])).toEqual(['A', 'B', 'C']);
  });
});
