import { describe, expect, it } from 'vitest';
import { assignmentsToDo, mayHandIn, waitingFirst } from './format';
import type { AssignmentItem, AssignmentState, HandInLine } from './types';

const item = (state: AssignmentState) => ({ state, hand_in: null, assignment: { id: 1 } }) as unknown as AssignmentItem;
const line = (name: string, state: AssignmentState) => ({ user_name: name, state }) as unknown as HandInLine;

describe('assignments on the screens', () => {
  it('counts what still asks something of the participant', () => {
    const states: AssignmentState[] = ['todo', 'overdue', 'submitted', 'submitted_late', 'accepted', 'returned'];
    expect(assignmentsToDo(states.map(item))).toBe(3);
    expect(assignmentsToDo([])).toBe(0);
  });

  it('lets the participant change their work until it is accepted', () => {
    expect(mayHandIn(item('returned'))).toBe(true);
    expect(mayHandIn(item('submitted_late'))).toBe(true);
    expect(mayHandIn(item('accepted'))).toBe(false);
  });

  it('puts the hand-ins waiting for feedback first and keeps the order otherwise', () => {
    const ordered = waitingFirst([line('a', 'accepted'), line('b', 'submitted_late'), line('c', 'todo'), line('d', 'submitted')]);
    expect(ordered.map((l) => l.user_name)).toEqual(['b', 'd', 'a', 'c']);
  });
});
