import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoardEvent } from '../types';
import { applySequenced } from './board_state';
import { BoardLive, CLOSE_ACCESS_LOST, PING_INTERVAL_MS, socketUrl, type LiveStatus, type SocketLike } from './board_live';
import { board, item } from './fixtures';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: unknown[] = [];
  closed = false;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(): void {
    this.closed = true;
    this.readyState = 3;
  }
  // What the server does:
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(message: unknown): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

function setUp(seq = 10) {
  const sockets: FakeSocket[] = [];
  const statuses: LiveStatus[] = [];
  const state = { board: board({ seq }), resyncs: 0 };
  const live = new BoardLive({
    url: 'ws://localhost/api/v1/teams/2/board/live',
    currentSeq: () => state.board.seq,
    onEvent: (s, event) => {
      const result = applySequenced(state.board, s, event);
      state.board = result.board;
      return result.outcome;
    },
    onResync: () => (state.resyncs += 1),
    onStatus: (status) => statuses.push(status),
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    random: () => 0.999999, // the longest wait of each attempt
  });
  const last = () => sockets[sockets.length - 1];
  return { live, sockets, statuses, state, last };
}

const moved = (id: number, version: number): BoardEvent => ({ kind: 'item', item: item(id, { status: 'doing', version }) });

describe('BoardLive', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resumes from the board’s seq as soon as the socket opens', () => {
    const { live, last, statuses } = setUp(10);
    live.start();
    expect(statuses).toEqual(['connecting']);
    last().open();
    last().receive({ type: 'hello', seq: 12 });
    expect(last().sent).toEqual([{ type: 'resume', since: 10 }]);
    expect(statuses).toEqual(['connecting', 'live']);
    live.stop();
  });

  it('applies events in order and skips ones it already has', () => {
    const { live, last, state } = setUp(10);
    live.start();
    last().open();
    last().receive({ type: 'event', seq: 11, event: moved(1, 1) });
    last().receive({ type: 'event', seq: 11, event: moved(1, 1) });
    last().receive({ type: 'event', seq: 12, event: moved(2, 1) });
    expect(state.board.seq).toBe(12);
    expect(state.board.items.map((i) => i.id)).toEqual([1, 2]);
    live.stop();
  });

  it('asks to resume once after a gap, then catches up from the replay', () => {
    const { live, last, state } = setUp(10);
    live.start();
    last().open();
    expect(last().sent).toEqual([{ type: 'resume', since: 10 }]);
    vi.advanceTimersByTime(5_000); // that replay was empty; later a gap appears
    last().receive({ type: 'event', seq: 13, event: moved(3, 1) });
    last().receive({ type: 'event', seq: 14, event: moved(4, 1) });
    expect(last().sent).toEqual([
      { type: 'resume', since: 10 },
      { type: 'resume', since: 10 },
    ]);
    // The replay: 11..14.
    for (const s of [11, 12, 13, 14]) last().receive({ type: 'event', seq: s, event: moved(s - 10, 1) });
    expect(state.board.seq).toBe(14);
    expect(state.board.items).toHaveLength(4);
    live.stop();
  });

  it('reloads the board when the server answers resync', () => {
    const { live, last, state } = setUp(10);
    live.start();
    last().open();
    last().receive({ type: 'resync' });
    expect(state.resyncs).toBe(1);
    live.stop();
  });

  it('reloads when the server counts lower than our picture (restored server)', () => {
    const { live, last, state } = setUp(10);
    live.start();
    last().open();
    last().receive({ type: 'hello', seq: 3 });
    expect(state.resyncs).toBe(1);
    live.stop();
  });

  it('reconnects with growing waits and resumes from the last seq it applied', () => {
    const { live, sockets, last, state, statuses } = setUp(10);
    live.start();
    last().open();
    last().receive({ type: 'event', seq: 11, event: moved(1, 1) });
    last().drop();
    expect(statuses.at(-1)).toBe('offline');
    expect(sockets).toHaveLength(1);

    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1); // first retry after <= 500 ms
    expect(sockets).toHaveLength(2);
    last().drop(); // still down
    vi.advanceTimersByTime(999);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1); // second retry after <= 1000 ms
    expect(sockets).toHaveLength(3);

    last().open();
    expect(live.attempts).toBe(0);
    expect(last().sent).toEqual([{ type: 'resume', since: 11 }]);
    expect(state.board.seq).toBe(11);
    live.stop();
  });

  it('stops for good when access is withdrawn (4403)', () => {
    const { live, sockets, last, statuses } = setUp();
    live.start();
    last().open();
    last().drop(CLOSE_ACCESS_LOST);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    expect(statuses.at(-1)).toBe('denied');
  });

  it('pings, and gives up on a connection that went silent', () => {
    const { live, sockets, last } = setUp();
    live.start();
    last().open();
    vi.advanceTimersByTime(PING_INTERVAL_MS);
    expect(last().sent.at(-1)).toEqual({ type: 'ping' });
    last().receive({ type: 'pong' });
    vi.advanceTimersByTime(PING_INTERVAL_MS * 3); // no answers any more
    expect(sockets[0].closed).toBe(true);
    vi.advanceTimersByTime(15_000);
    expect(sockets.length).toBeGreaterThan(1);
    live.stop();
  });

  it('follows the browser’s offline and online events', () => {
    const { live, sockets, last, statuses } = setUp();
    live.start();
    last().open();
    live.wentOffline();
    expect(sockets[0].closed).toBe(true);
    expect(statuses.at(-1)).toBe('offline');
    live.wentOnline();
    expect(sockets).toHaveLength(2); // at once, no backoff
    last().open();
    expect(statuses.at(-1)).toBe('live');
    live.stop();
  });

  it('does not reconnect after stop', () => {
    const { live, sockets, last } = setUp();
    live.start();
    last().open();
    live.stop();
    expect(sockets[0].closed).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('keeps the socket open on malformed or error messages', () => {
    const { live, last, state } = setUp();
    live.start();
    last().open();
    last().onmessage?.({ data: 'not json' });
    last().receive({ type: 'error', error: { code: 'invalid_argument' } });
    expect(last().closed).toBe(false);
    expect(state.resyncs).toBe(0);
    live.stop();
  });
});

describe('socketUrl', () => {
  it('uses wss behind TLS', () => {
    expect(socketUrl('/api/v1/teams/2/board/live', { protocol: 'https:', host: 'samenbeter.nl' })).toBe(
      'wss://samenbeter.nl/api/v1/teams/2/board/live',
    );
    expect(socketUrl('/x', { protocol: 'http:', host: '127.0.0.1:8080' })).toBe('ws://127.0.0.1:8080/x');
  });
});
