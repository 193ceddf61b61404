// Every change a board screen makes, in one place. Each one shows the server's
// answer at once; a stale version (409) never overwrites: the current entity is
// put on screen and `conflict` says what happened, with a way to apply our
// change again on top of what the other person did.
import { ApiError, currentOnConflict } from '../../api/client';
import { t } from '../../i18n/i18n.svelte';
import { errorText } from '../../ui/forms/api_errors';
import { announce } from '../../ui/status.svelte';
import * as endpoints from './api';
import type { LiveBoard } from './live/live_board.svelte';
import type {
  BoardEvent, BoardSession, Cycle, Goal, Item, ItemChanges, Measurement, NewGoal, NewItem, NewRetrospective,
  SessionRecord,
} from './types';

export type ConflictCurrent =
  | { kind: 'item'; item: Item }
  | { kind: 'goal'; goal: Goal }
  | { kind: 'measurement'; measurement: Measurement }
  | { kind: 'session'; session: BoardSession }
  | { kind: 'cycle'; cycle: Cycle }
  | { kind: 'gone' };

export interface Conflict {
  /** What this person tried ("Verplaatsen naar Klaar"). */
  attempted: string;
  current: ConflictCurrent;
  /** Applies the same change again on the current version; absent when that makes no sense. */
  retry?: () => Promise<void>;
}

export class BoardActions {
  conflict = $state<Conflict | null>(null);
  error = $state('');
  busy = $state(false);
  private readonly live: LiveBoard;

  constructor(live: LiveBoard) {
    this.live = live;
  }

  private get teamId(): number {
    return this.live.teamId;
  }

  dismiss(): void {
    this.conflict = null;
    this.error = '';
  }

  /**
   * Runs one change. `event` turns the answer into a board change; `onConflict`
   * turns a 409's `current` (null when the server sent none) into the conflict
   * to show. Resolves true on success.
   */
  private async run<T, C extends Versioned = Versioned>(
    attempted: string,
    request: () => Promise<T>,
    event: (answer: T) => BoardEvent | null,
    onConflict?: (current: C | null) => Conflict | null,
  ): Promise<boolean> {
    this.error = '';
    this.busy = true;
    try {
      const answer = await request();
      const change = event(answer);
      if (change) this.live.apply(change);
      this.conflict = null;
      return true;
    } catch (error) {
      // 409: a stale version (conflict), or something another screen made first (already_exists, e.g. a
      // session that is already running): either way the board moved on, and `current` shows how.
      if (error instanceof ApiError && error.status === 409) {
        const conflict = onConflict?.(currentOnConflict<C>(error)) ?? { attempted, current: { kind: 'gone' as const } };
        if (conflict.current.kind === 'gone') void this.live.load();
        this.conflict = conflict;
        announce(t('board.conflict.title'));
      } else {
        this.error = errorText(error);
      }
      return false;
    } finally {
      this.busy = false;
    }
  }

  private itemConflict(attempted: string, redo: (current: Item) => Promise<boolean>) {
    return (item: Item | null): Conflict => {
      if (!item) return { attempted, current: { kind: 'gone' } };
      this.live.apply({ kind: 'item', item });
      return {
        attempted,
        current: { kind: 'item', item },
        retry: async () => {
          await redo(item);
        },
      };
    };
  }

  // Items -------------------------------------------------------------------

  createItem(item: NewItem): Promise<boolean> {
    const body: NewItem = { kind: item.kind, text: item.text };
    if (item.notes) body.notes = item.notes;
    if (item.status) body.status = item.status;
    if (item.goal_id) body.goal_id = item.goal_id;
    if (item.due_on) body.due_on = item.due_on;
    if (item.owner_ids?.length) body.owner_ids = item.owner_ids;
    return this.run(
      t('board.attempt.create'),
      () => endpoints.createItem(this.teamId, body),
      (created) => ({ kind: 'item', item: created }),
    );
  }

  updateItem(item: Item, changes: ItemChanges): Promise<boolean> {
    const attempted = t('board.attempt.edit', { text: item.text });
    return this.run(
      attempted,
      () => endpoints.updateItem(item.id, changes, item.version),
      (updated) => ({ kind: 'item', item: updated }),
      this.itemConflict(attempted, (current) => this.updateItem(current, changes)),
    );
  }

  moveItem(item: Item, status: string, position?: number): Promise<boolean> {
    const attempted = t('board.attempt.move', { text: item.text, column: t(`board.status.${status}`) });
    // Shown at once, so a dragged card does not jump back while the request runs.
    this.live.apply({ kind: 'item', item: { ...item, status, position: position ?? Number.MAX_SAFE_INTEGER } });
    return this.run(
      attempted,
      () => endpoints.moveItem(item.id, status, item.version, position),
      (moved) => ({ kind: 'item', item: moved }),
      (fresh: Item | null) => {
        if (!fresh) return { attempted, current: { kind: 'gone' } };
        this.live.apply({ kind: 'item', item: fresh });
        return { attempted, current: { kind: 'item', item: fresh }, retry: async () => void (await this.moveItem(fresh, status)) };
      },
    ).then((ok) => {
      if (!ok && !this.conflict) void this.live.load(); // undo the optimistic move
      return ok;
    });
  }

  deleteItem(item: Item): Promise<boolean> {
    const attempted = t('board.attempt.delete', { text: item.text });
    return this.run(
      attempted,
      () => endpoints.deleteItem(item.id, item.version),
      () => ({ kind: 'item_deleted', id: item.id }),
      this.itemConflict(attempted, (current) => this.deleteItem(current)),
    );
  }

  toLeadership(item: Item): Promise<boolean> {
    const attempted = t('board.attempt.toLeadership', { text: item.text });
    return this.run(
      attempted,
      () => endpoints.toLeadership(item.id, item.version),
      (updated) => ({ kind: 'item', item: updated }),
      this.itemConflict(attempted, (current) => this.toLeadership(current)),
    );
  }

  // Goals and measurements ----------------------------------------------------

  createGoal(goal: NewGoal): Promise<boolean> {
    return this.run(
      t('board.attempt.createGoal'),
      () => endpoints.createGoal(this.teamId, goal),
      (created) => ({ kind: 'goal', goal: created }),
    );
  }

  updateGoal(goal: Goal, changes: Partial<NewGoal>): Promise<boolean> {
    const attempted = t('board.attempt.edit', { text: goal.title });
    return this.run(
      attempted,
      () => endpoints.updateGoal(goal.id, changes, goal.version),
      (updated) => ({ kind: 'goal', goal: updated }),
      (fresh: Goal | null) => {
        if (!fresh) return { attempted, current: { kind: 'gone' } };
        this.live.apply({ kind: 'goal', goal: fresh });
        return { attempted, current: { kind: 'goal', goal: fresh }, retry: async () => void (await this.updateGoal(fresh, changes)) };
      },
    );
  }

  deleteGoal(goal: Goal): Promise<boolean> {
    return this.run(
      t('board.attempt.delete', { text: goal.title }),
      () => endpoints.deleteGoal(goal.id, goal.version),
      () => ({ kind: 'goal_deleted', id: goal.id }),
    );
  }

  /** Enters or corrects the value of one week. `existing` is what this screen showed. */
  putMeasurement(goal: Goal, week: string, value: number, existing?: Measurement): Promise<boolean> {
    const attempted = t('board.attempt.measure', { goal: goal.title, value: String(value) });
    return this.run(
      attempted,
      () => endpoints.putMeasurement(goal.id, week, value, existing?.version),
      (saved) => ({ kind: 'measurement', measurement: saved }),
      (fresh: Measurement | null) => {
        if (!fresh) {
          // Someone entered this week in the meantime and the server did not say what: reload.
          return { attempted, current: { kind: 'gone' } };
        }
        this.live.apply({ kind: 'measurement', measurement: fresh });
        return {
          attempted,
          current: { kind: 'measurement', measurement: fresh },
          retry: async () => void (await this.putMeasurement(goal, week, value, fresh)),
        };
      },
    );
  }

  deleteMeasurement(goal: Goal, measurement: Measurement): Promise<boolean> {
    return this.run(
      t('board.attempt.deleteMeasurement', { week: measurement.week }),
      () => endpoints.deleteMeasurement(goal.id, measurement.week, measurement.version),
      () => ({ kind: 'measurement_deleted', id: measurement.id, goal_id: goal.id }),
    );
  }

  createCycle(cycle: { name: string; starts_on: string; ends_on: string }): Promise<boolean> {
    return this.run(
      t('board.attempt.createCycle'),
      () => endpoints.createCycle(this.teamId, cycle),
      (created) => ({ kind: 'cycle', cycle: created }),
    ).then(async (ok) => {
      if (ok) await this.live.load(); // the current cycle may have changed
      return ok;
    });
  }

  updateCycle(cycle: Cycle, changes: { name?: string; starts_on?: string; ends_on?: string }): Promise<boolean> {
    const attempted = t('board.attempt.editCycle', { name: cycle.name });
    return this.run(
      attempted,
      () => endpoints.updateCycle(cycle.id, changes, cycle.version),
      (updated) => ({ kind: 'cycle', cycle: updated }),
      (fresh: Cycle | null) => {
        if (!fresh) return { attempted, current: { kind: 'gone' } };
        this.live.apply({ kind: 'cycle', cycle: fresh });
        return { attempted, current: { kind: 'cycle', cycle: fresh }, retry: async () => void (await this.updateCycle(fresh, changes)) };
      },
    );
  }

  /**
   * Closes a cycle with its retrospective. Unlike the other changes this throws
   * the API error, so the form can put it beside its field; on a 409 (someone
   * else closed or changed the cycle first) the board is reloaded underneath.
   */
  async closeCycle(cycle: Cycle, retrospective: NewRetrospective): Promise<Cycle> {
    try {
      const closed = await endpoints.closeCycle(cycle.id, retrospective, cycle.version);
      this.live.apply({ kind: 'cycle', cycle: closed });
      // The next cycle, the goals that go on and the actions that moved along arrive live too; a reload makes sure.
      await this.live.load();
      return closed;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) void this.live.load();
      throw error;
    }
  }

  // Session -----------------------------------------------------------------

  startSession(totalMinutes?: number): Promise<boolean> {
    return this.run(
      t('board.attempt.startSession'),
      () => endpoints.startBoardSession(this.teamId, totalMinutes),
      (session) => ({ kind: 'session', session }),
      () => {
        // Someone else started one a moment ago: show theirs.
        void this.live.load();
        return null;
      },
    ).then((ok) => {
      if (!ok && this.conflict?.current.kind === 'gone') this.conflict = null;
      return ok;
    });
  }

  updateSession(session: BoardSession, changes: { step?: number; attendance?: number[] }): Promise<boolean> {
    const attempted = changes.step !== undefined ? t('board.attempt.step') : t('board.attempt.attendance');
    return this.run(
      attempted,
      () => endpoints.updateSession(session.id, changes, session.version),
      (updated) => ({ kind: 'session', session: updated }),
      (fresh: BoardSession | null) => {
        if (!fresh) return { attempted, current: { kind: 'gone' } };
        this.live.apply({ kind: 'session', session: fresh });
        // A step change on an old version: someone else already moved on; showing theirs is enough.
        if (changes.step !== undefined) return { attempted, current: { kind: 'session', session: fresh } };
        return {
          attempted,
          current: { kind: 'session', session: fresh },
          retry: async () => void (await this.updateSession(fresh, changes)),
        };
      },
    );
  }

  private attendanceQueue: Promise<unknown> = Promise.resolve();

  /**
   * Ticks one person present or absent. Taps follow each other quickly in the
   * room, so they are queued and each is made on the newest version; a 409 from
   * another screen's tick is merged (ticks never conflict) and tried again.
   */
  setPresent(userId: number, present: boolean): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const session = this.live.board?.session;
        if (!session) return false;
        const others = session.attendance.filter((id) => id !== userId);
        const attendance = present ? [...others, userId] : others;
        try {
          this.live.apply({ kind: 'session', session: await endpoints.updateSession(session.id, { attendance }, session.version) });
          return true;
        } catch (error) {
          const current = currentOnConflict<BoardSession>(error);
          if (current) {
            this.live.apply({ kind: 'session', session: current });
            continue;
          }
          this.error = errorText(error);
          return false;
        }
      }
      return false;
    };
    const next = this.attendanceQueue.then(run, run);
    this.attendanceQueue = next;
    return next;
  }

  async closeSession(session: BoardSession): Promise<SessionRecord | null> {
    let record: SessionRecord | null = null;
    await this.run(
      t('board.attempt.close'),
      async () => (record = await endpoints.closeSession(session.id, session.version)),
      () => ({ kind: 'session_closed', id: session.id }),
      (fresh: BoardSession | null) => {
        if (!fresh) return { attempted: t('board.attempt.close'), current: { kind: 'gone' } };
        this.live.apply({ kind: 'session', session: fresh });
        return {
          attempted: t('board.attempt.close'),
          current: { kind: 'session', session: fresh },
          retry: async () => void (await this.closeSession(fresh)),
        };
      },
    );
    return record;
  }
}

interface Versioned {
  id: number;
  version: number;
}
