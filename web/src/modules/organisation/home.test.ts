import { describe, expect, it } from 'vitest';
import { membership, meWith, regenboog } from '../../app/session/fixtures';
import { homePlan } from './home';

describe('homePlan', () => {
  it('shows a teacher their teams, sorted by name', () => {
    const plan = homePlan(
      meWith([
        membership('leraar', { ...regenboog, team_id: 4, team_name: 'Groep 7-8' }),
        membership('leraar', { ...regenboog, team_id: 3, team_name: 'Groep 5-6' }),
      ]),
    );
    expect(plan.teams.map((t) => t.name)).toEqual(['Groep 5-6', 'Groep 7-8']);
    expect(plan.teams[0]).toEqual({ id: 3, name: 'Groep 5-6', schoolId: 1, schoolName: 'OBS De Regenboog' });
    expect(plan.schools).toEqual([]);
    expect(plan.showSchoolList).toBe(false);
    expect(plan.showAdminLink).toBe(false);
  });

  it('merges a school leader who is also school coach into one school with both roles', () => {
    const plan = homePlan(meWith([membership('schoolleider', regenboog), membership('schoolcoach', regenboog)]));
    expect(plan.schools).toEqual([
      { id: 1, name: 'OBS De Regenboog', bestuurName: 'Stichting Samen Leren', roles: ['schoolleider', 'schoolcoach'] },
    ]);
  });

  it('shows an expert coach the assigned schools', () => {
    const plan = homePlan(
      meWith([
        membership('expertcoach', regenboog),
        membership('expertcoach', { school_id: 2, school_name: 'CSG Het Baken', bestuur_id: 2, bestuur_name: 'X' }),
      ]),
    );
    expect(plan.schools.map((s) => s.name)).toEqual(['CSG Het Baken', 'OBS De Regenboog']);
  });

  it('shows a board member their bestuur, whose schools the page loads', () => {
    const plan = homePlan(meWith([membership('bestuurder', { bestuur_id: 1, bestuur_name: 'Stichting Samen Leren' })]));
    expect(plan.besturen).toEqual([{ id: 1, name: 'Stichting Samen Leren' }]);
    expect(plan.schools).toEqual([]);
  });

  it('tells programme staff what their role is for, not a list of schools they may not see', () => {
    const plan = homePlan(meWith([membership('programmabeheerder')]));
    expect(plan.programmeStaff).toBe(true);
    expect(plan.showSchoolList).toBe(false);
    expect(plan.hasNoRoles).toBe(false);
    expect(plan.showAdminLink).toBe(false);
  });

  it('gives a platform admin the administration link', () => {
    const plan = homePlan(meWith([], true));
    expect(plan.showAdminLink).toBe(true);
    expect(plan.showSchoolList).toBe(true);
    expect(plan.programmeStaff).toBe(false);
    expect(plan.hasNoRoles).toBe(false);
  });

  it('tells someone without any role how to get one', () => {
    expect(homePlan(meWith([])).hasNoRoles).toBe(true);
  });

  it('combines roles: teacher in a team and school coach of the school', () => {
    const plan = homePlan(
      meWith([
        membership('leraar', { ...regenboog, team_id: 3, team_name: 'Groep 5-6' }),
        membership('schoolcoach', regenboog),
      ]),
    );
    expect(plan.teams).toHaveLength(1);
    expect(plan.schools).toHaveLength(1);
    expect(plan.schools[0].roles).toEqual(['schoolcoach']);
  });
});
