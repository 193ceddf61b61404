// Builders for boards and their entities in unit tests.
import type { Board, BoardSession, Goal, Item, Measurement } from '../types';

export function item(id: number, changes: Partial<Item> = {}): Item {
  return {
    id,
    team_id: 2,
    kind: 'action',
    text: `Actie ${id}`,
    notes: '',
    status: 'todo',
    position: id,
    goal_id: null,
    due_on: null,
    owner_ids: [],
    created_by: 13,
    created_by_name: 'Sanne de Vries',
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
    leadership_reply: '',
    version: 1,
    ...changes,
  };
}

export function measurement(id: number, goalId: number, week: string, value: number, version = 1): Measurement {
  return {
    id,
    goal_id: goalId,
    week,
    value,
    entered_by: 13,
    entered_by_name: 'Sanne de Vries',
    entered_at: `${week}T15:00:00Z`,
    version,
  };
}

export function goal(id: number, changes: Partial<Goal> = {}): Goal {
  return {
    id,
    team_id: 2,
    cycle_id: 4,
    ambition_id: null,
    title: `Doel ${id}`,
    students: 'de hele klas',
    measure: 'aandeel',
    unit: 'percentage',
    baseline: 25,
    target: 60,
    direction: 'higher',
    version: 1,
    measurements: [],
    ...changes,
  };
}

export function session(changes: Partial<BoardSession> = {}): BoardSession {
  return {
    id: 1,
    team_id: 2,
    started_at: '2026-11-23T09:00:00Z',
    started_by: 13,
    total_minutes: 20,
    step: 0,
    step_started_at: '2026-11-23T09:00:00Z',
    attendance: [],
    version: 1,
    agenda: [
      { key: 'successes', minutes: 3 },
      { key: 'goals', minutes: 5 },
      { key: 'actions', minutes: 5 },
      { key: 'new_actions', minutes: 5 },
      { key: 'close', minutes: 2 },
    ],
    ...changes,
  };
}

export function board(changes: Partial<Board> = {}): Board {
  return {
    team: { id: 2, name: 'Groep 5-6', school_id: 1, school_name: 'OBS De Regenboog' },
    seq: 10,
    members: [
      { user_id: 13, name: 'Sanne de Vries', role: 'leraar', team_id: 2 },
      { user_id: 14, name: 'Thijs Mulder', role: 'leraar', team_id: 2 },
    ],
    cycles: [],
    current_cycle_id: null,
    ambitions: [],
    goals: [],
    items: [],
    session: null,
    ...changes,
  };
}
