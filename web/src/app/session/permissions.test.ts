import { describe, expect, it } from 'vitest';
import { membership, meWith, regenboog } from './fixtures';
import { canEditBoard, canManageSchool, canOpenSchool, isOwnLeadership, leadsASchool, leadsSchool } from './permissions';

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

describe('canEditBoard', () => {
  const team3 = { ...regenboog, team_id: 3, team_name: 'Groep 5-6' };
  it('lets the team’s teachers and the school’s coaches and leaders edit', () => {
    expect(canEditBoard(meWith([membership('leraar', team3)]), 3, 1)).toBe(true);
    expect(canEditBoard(meWith([membership('schoolcoach', regenboog)]), 3, 1)).toBe(true);
    expect(canEditBoard(meWith([membership('schoolleider', regenboog)]), 3, 1)).toBe(true);
  });
  it('keeps teachers of other teams, board members and expert coaches read-only', () => {
    expect(canEditBoard(meWith([membership('leraar', { ...team3, team_id: 4 })]), 3, 1)).toBe(false);
    expect(canEditBoard(meWith([membership('bestuurder', { bestuur_id: 1 })]), 3, 1)).toBe(false);
    expect(canEditBoard(meWith([membership('expertcoach', regenboog)]), 3, 1)).toBe(false);
    expect(canEditBoard(meWith([membership('schoolleider', regenboog)]), 3, 2)).toBe(false);
    expect(canEditBoard(null, 3, 1)).toBe(false);
  });
});

describe('leadsASchool / leadsSchool', () => {
  it('is about the schoolleider role only', () => {
    const leader = meWith([membership('schoolleider', regenboog)]);
    expect(leadsASchool(leader)).toBe(true);
    expect(leadsSchool(leader, 1)).toBe(true);
    expect(leadsSchool(leader, 2)).toBe(false);
    expect(leadsASchool(meWith([membership('schoolcoach', regenboog)]))).toBe(false);
  });
});
