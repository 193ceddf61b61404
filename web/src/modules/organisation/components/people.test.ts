import { describe, expect, it } from 'vitest';
import type { Member } from '../types';
import { groupByPerson, placeOf } from './people';

const member = (membership_id: number, user_id: number, name: string, role: Member['role'], team_id: number | null = null): Member => ({
  membership_id, user_id, name, email: `${user_id}@school.nl`, role, team_id,
});

describe('groupByPerson', () => {
  it('gives each person one entry with all roles, leaders first, people by name', () => {
    const people = groupByPerson([
      member(1, 2, 'Sanne', 'leraar', 3),
      member(2, 1, 'Anna', 'schoolleider'),
      member(3, 2, 'Sanne', 'schoolcoach'),
    ]);
    expect(people.map((p) => p.name)).toEqual(['Anna', 'Sanne']);
    expect(people[1].roles.map((r) => r.role)).toEqual(['schoolcoach', 'leraar']);
    expect(people[1].roles[1]).toEqual({ membershipId: 1, role: 'leraar', teamId: 3 });
  });
});

describe('placeOf', () => {
  it('names the team with its school, else the school, else the bestuur, else nothing', () => {
    expect(placeOf({ team_name: 'Groep 3-4', school_name: 'De Regenboog', bestuur_name: 'Samen Leren' })).toBe('Groep 3-4 · De Regenboog');
    expect(placeOf({ team_name: null, school_name: 'De Regenboog', bestuur_name: 'Samen Leren' })).toBe('De Regenboog');
    expect(placeOf({ team_name: null, school_name: null, bestuur_name: 'Samen Leren' })).toBe('Samen Leren');
    expect(placeOf({ team_name: null, school_name: null, bestuur_name: null })).toBe('');
  });
});
