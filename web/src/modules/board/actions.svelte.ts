// Every change a board screen makes, in one place. Each one shows the server's
// answer at once; a stale version (409) never overwrites: the current entity is
// put on screen and `conflict` says what happened and what this person tried
// (their unsaved text), with a way to apply it again on top of the other change.
// A refusal (a value the server does not take) goes to the board's alert, or —
// for a form, with `refusal: 'throw'` — back to the form, to show at its field.
import { ApiError, currentOnConflict } from '../../api/client';
import { formatShortDate, i18n, t } from '../../i18n/i18n.svelte';
import { errorText } from '../../ui/forms/api_errors';
import { announce } from '../../ui/status.svelte';
import * as endpoints from './api';
import { formatValue } from './format';
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

/** One field of the change this person tried, as it reads ("Tekst": "Ouders bellen"). */
export interface ConflictLine {
  label: string;
  value: string;
}

/** How a refusal that is not a conflict is reported: in the board's alert, or thrown to the form that asked. */
export type Refusal = 'alert' | 'throw';

export interface Conflict {
  /** What this person tried ("Verplaatsen naar Klaar"). */
  attempted: string;
  /** Their change, field by field, as it was not saved; empty when the sentence says it all. */
  mine?: ConflictLine[];
  current: ConflictCurrent;
  /** Applies the same change again on the current version; absent when that makes no sense. */
  retry?: () => Promise<void>;
}

export class BoardActions {
  conflict = $state<Conflict | null>(null);
  error = $state('');
  busy = $state(false);
  /** The item the last successful createItem made (to scroll to and mark). */
  lastCreated: Item | null = null;
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
   * to show. Resolves true on success, false on a conflict; a refusal is shown
   * in the alert (false) or thrown, as `refusal` says.
   */
  private async run<T, C extends Versioned = Versioned>(
    attempted: string,
    request: () => Promise<T>,
    event: (answer: T) => BoardEvent | null,
    onConflict?: (current: C | null) => Conflict | null,
    refusal: Refusal = 'alert',
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
      } else if (refusal === 'throw') {
        throw error;
      } else {
        this.error = errorText(error);
      }
      return false;
    } finally {
      this.busy = false;
    }
  }

  private itemConflict(attempted: string, redo: (current: Item) => Promise<boolean>, mine?: ConflictLine[]) {
    return (item: Item | null): Conflict => {
      if (!item) return { attempted, mine, current: { kind: 'gone' } };
      this.live.apply({ kind: 'item', item });
      return {
        attempted,
        mine,
        current: { kind: 'item', item },
        retry: async () => {
          await redo(item);
        },
      };
    };
  }

  // Items -------------------------------------------------------------------

  /** The fields of an item change as they read, for the conflict notice. */
  private itemLines(changes: ItemChanges): ConflictLine[] {
    const board = this.live.board;
    const lines: ConflictLine[] = [];
    if (changes.text !== undefined) lines.push({ label: t('board.field.text'), value: changes.text });
    if (changes.owner_ids !== undefined) {
      const names = changes.owner_ids.map((id) => board?.members.find((m) => m.user_id === id)?.name ?? '?');
      lines.push({ label: t('board.field.owners'), value: names.join(', ') || t('board.field.nobody') });
    }
    if (changes.due_on !== undefined) {
      lines.push({ label: t('board.field.due'), value: changes.due_on ? formatShortDate(changes.due_on) : '–' });
    }
    if (changes.goal_id !== undefined) {
      const goal = board?.goals.find((g) => g.id === changes.goal_id);
      lines.push({ label: t('board.field.goal'), value: goal?.title ?? t('board.field.noGoal') });
    }
    if (changes.notes !== undefined) lines.push({ label: t('board.field.notes'), value: changes.notes || '–' });
    return lines;
  }

  createItem(item: NewItem, refusal: Refusal = 'alert'): Promise<boolean> {
    const body: NewItem = { kind: item.kind, text: item.text };
    if (item.notes) body.notes = item.notes;
    if (item.status) body.status = item.status;
    if (item.goal_id) body.goal_id = item.goal_id;
    if (item.due_on) body.due_on = item.due_on;
    if (item.owner_ids?.length) body.owner_ids = item.owner_ids;
    return this.run(
      t('board.attempt.create'),
      () => endpoints.createItem(this.teamId, body),
      (created) => {
        this.lastCreated = created;
        return { kind: 'item', item: created };
      },
      undefined,
      refusal,
    );
  }

  updateItem(item: Item, changes: ItemChanges, refusal: Refusal = 'alert'): Promise<boolean> {
    const attempted = t('board.attempt.edit', { text: item.text });
    return this.run(
      attempted,
      () => endpoints.updateItem(item.id, changes, item.version),
      (updated) => ({ kind: 'item', item: updated }),
      this.itemConflict(attempted, (current) => this.updateItem(current, changes), this.itemLines(changes)),
      refusal,
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
        const mine = [{ label: t('board.conflict.status'), value: t(`board.status.${status}`) }];
        if (!fresh) return { attempted, mine, current: { kind: 'gone' } };
        this.live.apply({ kind: 'item', item: fresh });
        return { attempted, mine, current: { kind: 'item', item: fresh }, retry: async () => void (await this.moveItem(fresh, status)) };
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

  resolveObstacle(item: Item): Promise<boolean> {
    const attempted = t('board.attempt.resolveObstacle', { text: item.text });
    return this.run(
      attempted,
      () => endpoints.resolveObstacle(item.id, item.version),
      (updated) => ({ kind: 'item', item: updated }),
      this.itemConflict(attempted, (current) => this.resolveObstacle(current)),
    );
  }

  // Goals and measurements ----------------------------------------------------

  createGoal(goal: NewGoal, refusal: Refusal = 'alert'): Promise<boolean> {
    return this.run(
      t('board.attempt.createGoal'),
      () => endpoints.createGoal(this.teamId, goal),
      (created) => ({ kind: 'goal', goal: created }),
      undefined,
      refusal,
    );
  }

  /** The fields of a goal change that differ from the goal, as they read. */
  private goalLines(goal: Goal, changes: Partial<NewGoal>): ConflictLine[] {
    const show = (value: number) => formatValue(value, changes.unit ?? goal.unit, i18n.locale, { yes: t('goal.yes'), no: t('goal.no') });
    const lines: ConflictLine[] = [];
    if (changes.title !== undefined) lines.push({ label: t('goal.field.title'), value: changes.title });
    if (changes.students !== undefined) lines.push({ label: t('goal.field.students'), value: changes.students });
    if (changes.measure !== undefined) lines.push({ label: t('goal.field.measure'), value: changes.measure });
    if (changes.unit !== undefined) lines.push({ label: t('goal.field.unit'), value: t(`goal.unit.${changes.unit}`) });
    if (changes.baseline !== undefined) lines.push({ label: t('goal.field.baseline'), value: show(changes.baseline) });
    if (changes.target !== undefined) lines.push({ label: t('goal.field.target'), value: show(changes.target) });
    if (changes.direction !== undefined) lines.push({ label: t('goal.field.direction'), value: t(`goal.direction.${changes.direction}`) });
    return lines;
  }

  updateGoal(goal: Goal, changes: Partial<NewGoal>, refusal: Refusal = 'alert'): Promise<boolean> {
    const attempted = t('board.attempt.edit', { text: goal.title });
    const mine = this.goalLines(goal, changes);
    return this.run(
      attempted,
      () => endpoints.updateGoal(goal.id, changes, goal.version),
      (updated) => ({ kind: 'goal', goal: updated }),
      (fresh: Goal | null) => {
        if (!fresh) return { attempted, mine, current: { kind: 'gone' } };
        this.live.apply({ kind: 'goal', goal: fresh });
        return { attempted, mine, current: { kind: 'goal', goal: fresh }, retry: async () => void (await this.updateGoal(fresh, changes)) };
      },
      refusal,
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
  putMeasurement(goal: Goal, week: string, value: number, existing?: Measurement, refusal: Refusal = 'alert'): Promise<boolean> {
    const shown = formatValue(value, goal.unit, i18n.locale, { yes: t('goal.yes'), no: t('goal.no') });
    const attempted = t('board.attempt.measure', { goal: goal.title, value: shown });
    const mine = [{ label: t('goal.weekOf', { date: formatShortDate(week) }), value: shown }];
    return this.run(
      attempted,
      () => endpoints.putMeasurement(goal.id, week, value, existing?.version),
      (saved) => ({ kind: 'measurement', measurement: saved }),
      (fresh: Measurement | null) => {
        if (!fresh) {
          // Someone entered this week in the meantime and the server did not say what: reload.
          return { attempted, mine, current: { kind: 'gone' } };
        }
        this.live.apply({ kind: 'measurement', measurement: fresh });
        return {
          attempted,
          mine,
          current: { kind: 'measurement', measurement: fresh },
          retry: async () => void (await this.putMeasurement(goal, week, value, fresh)),
        };
      },
      refusal,
    );
  }

  deleteMeasurement(goal: Goal, measurement: Measurement): Promise<boolean> {
    return this.run(
      t('board.attempt.deleteMeasurement', { week: measurement.week }),
      () => endpoints.deleteMeasurement(goal.id, measurement.week, measurement.version),
      () => ({ kind: 'measurement_deleted', id: measurement.id, goal_id: goal.id }),
    );
  }

  createCycle(cycle: { name: string; starts_on: string; ends_on: string }, refusal: Refusal = 'alert'): Promise<boolean> {
    return this.run(
      t('board.attempt.createCycle'),
      () => endpoints.createCycle(this.teamId, cycle),
      (created) => ({ kind: 'cycle', cycle: created }),
      undefined,
      refusal,
    ).then(async (ok) => {
      if (ok) await this.live.load(); // the current cycle may have changed
      return ok;
    });
  }

  updateCycle(
    cycle: Cycle,
    changes: { name?: string; starts_on?: string; ends_on?: string },
    refusal: Refusal = 'alert',
  ): Promise<boolean> {
    const attempted = t('board.attempt.editCycle', { name: cycle.name });
    const mine: ConflictLine[] = [];
    if (changes.name !== undefined) mine.push({ label: t('board.cycleName'), value: changes.name });
    if (changes.starts_on !== undefined || changes.ends_on !== undefined) {
      const from = formatShortDate(changes.starts_on ?? cycle.starts_on);
      const to = formatShortDate(changes.ends_on ?? cycle.ends_on);
      mine.push({ label: t('board.cycle.dates'), value: `${from} – ${to}` });
    }
    return this.run(
      attempted,
      () => endpoints.updateCycle(cycle.id, changes, cycle.version),
      (updated) => ({ kind: 'cycle', cycle: updated }),
      (fresh: Cycle | null) => {
        if (!fresh) return { attempted, mine, current: { kind: 'gone' } };
        this.live.apply({ kind: 'cycle', cycle: fresh });
        return { attempted, mine, current: { kind: 'cycle', cycle: fresh }, retry: async () => void (await this.updateCycle(fresh, changes)) };
      },
      refusal,
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

  /** `alone`: the person closing confirmed that at most one person is present (the server asks for it). */
  async closeSession(session: BoardSession, alone = false): Promise<SessionRecord | null> {
    let record: SessionRecord | null = null;
    await this.run(
      t('board.attempt.close'),
      async () => (record = await endpoints.closeSession(session.id, session.version, alone)),
      () => ({ kind: 'session_closed', id: session.id }),
      (fresh: BoardSession | null) => {
        if (!fresh) return { attempted: t('board.attempt.close'), current: { kind: 'gone' } };
        this.live.apply({ kind: 'session', session: fresh });
        return {
          attempted: t('board.attempt.close'),
          current: { kind: 'session', session: fresh },
          retry: async () => void (await this.closeSession(fresh, alone)),
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
