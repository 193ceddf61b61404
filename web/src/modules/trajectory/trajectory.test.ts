import { describe, expect, it } from 'vitest';
import type { Me, Membership } from '../../api/types';
import { canRunTrajectory, countByPhase, followedSchools, isProgrammeStaff, phaseState } from './trajectory';
import type { PipelineSchool } from './types';

function me(memberships: Partial<Membership>[], isAdmin = false): Me {
  return {
    user: { id: 1, email: 'a@b.nl', name: 'A', is_admin: isAdmin, locale: 'nl' } as Me['user'],
    memberships: memberships.map((m, i) => ({
      id: i + 1, role: 'leraar', team_id: null, team_name: null, school_id: null, school_name: null,
      bestuur_id: null, bestuur_name: null, ...m,
    })) as Membership[],
    csrf_token: '',
  };
}

describe('trajectory controls', () => {
  it('lets programme staff and the admin run every trajectory, an expert coach only her schools', () => {
    expect(isProgrammeStaff(me([{ role: 'programmabeheerder' }]))).toBe(true);
    expect(isProgrammeStaff(me([], true))).toBe(true);
    expect(isProgrammeStaff(me([{ role: 'schoolleider', school_id: 3 }]))).toBe(false);
    const expert = me([{ role: 'expertcoach', school_id: 3, school_name: 'X' }]);
    expect(canRunTrajectory(expert, 3)).toBe(true);
    expect(canRunTrajectory(expert, 4)).toBe(false);
    expect(canRunTrajectory(me([{ role: 'schoolleider', school_id: 3 }]), 3)).toBe(false);
    expect(canRunTrajectory(null, 3)).toBe(false);
  });

  it('follows the schools of school roles once each, by name; not a teacher\'s team', () => {
    const person = me([
      { role: 'schoolcoach', school_id: 2, school_name: 'Zonnebloem' },
      { role: 'schoolleider', school_id: 2, school_name: 'Zonnebloem' },
      { role: 'expertcoach', school_id: 5, school_name: 'Akker' },
      { role: 'leraar', team_id: 9, school_id: 7, school_name: 'Team school' },
    ]);
    expect(followedSchools(person)).toEqual([{ id: 5, name: 'Akker' }, { id: 2, name: 'Zonnebloem' }]);
  });
});

describe('phases', () => {
  it('counts the pipeline per phase in the order of the trajectory', () => {
    const school = (phase: PipelineSchool['phase']) => ({ phase }) as PipelineSchool;
    const counts = countByPhase([school('intake'), school('intake'), school('second_year')]);
    expect(counts.map((c) => c.count)).toEqual([0, 2, 0, 0, 0, 0, 0, 1]);
  });

  it('marks phases behind, at and after the current one', () => {
    expect(phaseState('registration', 'conditions')).toBe('done');
    expect(phaseState('conditions', 'conditions')).toBe('current');
    expect(phaseState('agreement', 'conditions')).toBe('todo');
    expect(phaseState('registration', null)).toBe('todo');
  });
});
