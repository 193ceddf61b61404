import { describe, expect, it } from 'vitest';
import { changedParts } from './design_edit';
import type { DesignContent } from './types';

const base: DesignContent = {
  title: 'Breuken', lesson_goal: 'Vergelijken', criteria: ['Ze leggen uit'], phases: [{ title: 'Instructie', minutes: 10, description: '' }],
  group_name: 'Groep 6', subject: 'Rekenen', planned_on: null, links: [], status: 'concept',
};

describe('a design save', () => {
  it('sends only the parts that changed, so a co-author’s other parts merge', () => {
    expect(changedParts(base, { ...base, lesson_goal: 'Ordenen' })).toEqual({ lesson_goal: 'Ordenen' });
    expect(changedParts(base, { ...base, phases: [{ title: 'Instructie', minutes: 15, description: '' }] })).toHaveProperty('phases');
    expect(changedParts(base, base)).toEqual({});
  });

  it('leaves empty criteria and links lines out and sends an empty date as none', () => {
    expect(changedParts(base, { ...base, criteria: ['Ze leggen uit', '  '] })).toEqual({});
    expect(changedParts(base, { ...base, planned_on: '' })).toEqual({});
    expect(changedParts(base, { ...base, links: [{ title: '', url: '' }] })).toEqual({});
  });
});
