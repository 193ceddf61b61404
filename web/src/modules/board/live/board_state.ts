// Applying changes to a board picture. Pure: every function returns a new Board
// (or the same one when nothing changed), so the live channel, the answers of
// our own requests and the tests all go through the same few rules.
//
// Two rules keep screens consistent:
//  - an entity is only replaced by one of the same or a newer version, so a late
//    event never undoes a newer answer we already showed;
//  - a live message is applied only in sequence order: one we already have is
//    ignored, one after a gap asks for a resume (see BoardLive).
import { currentCycleId, isoDate } from '../model';
import type { Board, BoardEvent, Goal, Item, Measurement } from '../types';

interface Versioned {
  id: number;
  version: number;
}

/** Replaces the entity with the same id (when not older) or appends it. */
export function upsert<T extends Versioned>(list: readonly T[], next: T): T[] {
  const index = list.findIndex((entry) => entry.id === next.id);
  if (index === -1) return [...list, next];
  if (list[index].version > next.version) return list as T[];
  const copy = list.slice();
  copy[index] = next;
  return copy;
}

function without<T extends { id: number }>(list: readonly T[], id: number): T[] {
  return list.filter((entry) => entry.id !== id);
}

const byWeek = (a: Measurement, b: Measurement) => a.week.localeCompare(b.week);

export function withItem(board: Board, item: Item): Board {
  const items = upsert(board.items, item);
  return items === board.items ? board : { ...board, items };
}

export function withoutItem(board: Board, itemId: number): Board {
  return { ...board, items: without(board.items, itemId) };
}

export function withGoal(board: Board, goal: Goal): Board {
  const goals = upsert(board.goals, { ...goal, measurements: [...goal.measurements].sort(byWeek) });
  return goals === board.goals ? board : { ...board, goals };
}

export function withMeasurement(board: Board, measurement: Measurement): Board {
  let changed = false;
  const goals = board.goals.map((goal) => {
    if (goal.id !== measurement.goal_id) return goal;
    // One value per week: a new entity for a week replaces the old one of that week.
    const sameWeek = goal.measurements.find((m) => m.week === measurement.week);
    if (sameWeek && sameWeek.id === measurement.id && sameWeek.version > measurement.version) return goal;
    changed = true;
    const others = goal.measurements.filter((m) => m.week !== measurement.week && m.id !== measurement.id);
    return { ...goal, measurements: [...others, measurement].sort(byWeek) };
  });
  return changed ? { ...board, goals } : board;
}

export function withoutMeasurement(board: Board, measurementId: number): Board {
  return {
    ...board,
    goals: board.goals.map((goal) =>
      goal.measurements.some((m) => m.id === measurementId)
        ? { ...goal, measurements: without(goal.measurements, measurementId) }
        : goal,
    ),
  };
}

/**
 * Applies one change of the live channel (or of our own request's answer).
 * `today` (YYYY-MM-DD) decides which cycle is current once the cycles change.
 */
export function applyEvent(board: Board, event: BoardEvent, today: string = isoDate(new Date())): Board {
  switch (event.kind) {
    case 'item':
      return withItem(board, event.item);
    case 'item_deleted':
      return withoutItem(board, event.id);
    case 'goal':
      return withGoal(board, event.goal);
    case 'goal_deleted':
      return { ...board, goals: without(board.goals, event.id) };
    case 'measurement':
      return withMeasurement(board, event.measurement);
    case 'measurement_deleted':
      return withoutMeasurement(board, event.id);
    case 'cycle': {
      // A cycle opened (by a retrospective, on another screen) may be the one that runs today.
      const cycles = upsert(board.cycles, event.cycle);
      return cycles === board.cycles ? board : { ...board, cycles, current_cycle_id: currentCycleId(cycles, today) };
    }
    case 'session':
      if (board.session && board.session.id === event.session.id && board.session.version > event.session.version) {
        return board;
      }
      return { ...board, session: event.session };
    case 'session_closed':
      return board.session?.id === event.id ? { ...board, session: null } : board;
    case 'ambition': {
      const ambitions = upsert(board.ambitions, event.ambition);
      return ambitions === board.ambitions ? board : { ...board, ambitions };
    }
    case 'ambition_deleted':
      return { ...board, ambitions: without(board.ambitions, event.id) };
    default:
      // An event kind this version of the app does not know: the next reload shows it.
      return board;
  }
}

export type SequencedResult =
  | { outcome: 'applied'; board: Board }
  | { outcome: 'duplicate'; board: Board }
  | { outcome: 'gap'; board: Board };

/**
 * Applies a live event with its sequence number: in order it is applied and the
 * board's seq moves on; already seen it is ignored; after a gap nothing changes
 * and the caller resumes from board.seq.
 */
export function applySequenced(board: Board, seq: number, event: BoardEvent): SequencedResult {
  if (seq <= board.seq) return { outcome: 'duplicate', board };
  if (seq > board.seq + 1) return { outcome: 'gap', board };
  return { outcome: 'applied', board: { ...applyEvent(board, event), seq } };
}
