import { describe, expect, it } from 'vitest';
import { applyLeadershipEvent, countsByList, obstaclesIn, waitingCount, withAnswer } from './obstacles';
import type { LeadershipObstacle } from './types';

const obstacle = (id: number, status: string, version = 1): LeadershipObstacle => ({
  id, team_id: 1, kind: 'obstacle', text: `obstakel ${id}`, notes: '', status, position: id, goal_id: null, due_on: null,
  owner_ids: [], created_by: 2, created_by_name: 'Sanne', created_at: '2026-11-16T10:00:00Z',
  updated_at: '2026-11-16T10:00:00Z', leadership_reply: '', version, team_name: 'Groep 5-6', school_id: 1,
  school_name: 'OBS De Regenboog',
});

describe('the leadership’s obstacles', () => {
  it('keeps waiting, answered, taken-on and resolved obstacles on lists of their own', () => {
    const list = [obstacle(1, 'leadership'), obstacle(2, 'answered'), obstacle(3, 'taken_on'), obstacle(4, 'resolved'), obstacle(5, 'leadership')];
    expect(obstaclesIn(list, 'leadership').map((o) => o.id)).toEqual([1, 5]);
    expect(countsByList(list)).toEqual({ leadership: 2, answered: 1, taken_on: 1, resolved: 1 });
    expect(waitingCount(list)).toBe(2);
  });

  it('an answered obstacle leaves the waiting list; an older version never overwrites a newer one', () => {
    let list = [obstacle(1, 'leadership', 2)];
    list = applyLeadershipEvent(list, { kind: 'obstacle', obstacle: obstacle(1, 'answered', 3) });
    expect(waitingCount(list)).toBe(0);
    list = applyLeadershipEvent(list, { kind: 'obstacle', obstacle: obstacle(1, 'leadership', 2) });
    expect(list[0].status).toBe('answered');
  });

  it('a newly handed obstacle comes first; a deleted one goes', () => {
    let list = [obstacle(1, 'leadership')];
    list = applyLeadershipEvent(list, { kind: 'obstacle', obstacle: obstacle(7, 'leadership') });
    expect(list.map((o) => o.id)).toEqual([7, 1]);
    list = applyLeadershipEvent(list, { kind: 'obstacle_deleted', id: 1 });
    expect(list.map((o) => o.id)).toEqual([7]);
  });

  it('merges the answer of our own request, keeping where the obstacle comes from', () => {
    const { team_name: _t, school_id: _s, school_name: _n, ...item } = obstacle(1, 'taken_on', 2);
    const list = withAnswer([obstacle(1, 'leadership')], item);
    expect(list[0].status).toBe('taken_on');
    expect(list[0].team_name).toBe('Groep 5-6');
  });
});
