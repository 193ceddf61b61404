import { describe, expect, it } from 'vitest';
import { membership, meWith, regenboog } from './fixtures';
import { canManageSchool, canOpenSchool, isOwnLeadership } from './permissions';

describe('canManageSchool', () => {
  it('allows the school leader of that school and admins only', () => {
    expect(canManageSchool(meWith([membership('schoolleider', regenboog)]), 1)).toBe(true);
    expect(canManageSchool(meWith([membership('schoolleider', regenboog)]), 2)).toBe(false);
    expect(canManageSchool(meWith([membership('schoolcoach', regenboog)]), 1)).toBe(false);
    expect(canManageSchool(meWith([], true), 2)).toBe(true);
    expect(canManageSchool(null, 1)).toBe(false);
  });
});

describe('canOpenSchool', () => {
  it('links the school for school roles but not for a teacher with only a team', () => {
    expect(canOpenSchool(meWith([membership('schoolcoach', regenboog)]), 1)).toBe(true);
    expect(canOpenSchool(meWith([membership('leraar', { ...regenboog, team_id: 3 })]), 1)).toBe(false);
  });
});

describe('isOwnLeadership', () => {
  it('protects the leader’s own schoolleider membership', () => {
    const leader = membership('schoolleider', regenboog);
    const me = meWith([leader]);
    expect(isOwnLeadership(me, leader.id)).toBe(true);
    expect(isOwnLeadership(me, 999)).toBe(false);
  });
});
