// BoardLive: the WebSocket that keeps one board screen up to date
// (GET /api/v1/teams/{id}/board/live, docs/API.md "Live channel"), and any
// other room of the live channel (a school's obstacles, live/live_obstacles).
//
// It knows the protocol, not the board: events go to `onEvent`, which applies
// them (see board_state.ts) and says whether they fitted. After every (re)connect
// it asks the server for what it missed with {"type":"resume","since":seq}; on a
// gap it asks again; on "resync" the page reloads the whole board. A lost
// connection is retried with exponential backoff and jitter; a ping every
// PING_INTERVAL_MS detects connections that died without a close.
//
// Single-threaded like everything in the browser; timers come from globalThis
// at call time so tests can fake them.
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from '../../../realtime/backoff';
import type { BoardEvent } from '../types';

/** The part of the browser's WebSocket that BoardLive uses. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type LiveStatus = 'connecting' | 'live' | 'offline' | 'denied';
export type EventOutcome = 'applied' | 'duplicate' | 'gap';

export interface BoardLiveOptions<E = BoardEvent> {
  url: string;
  /** The sequence number of the board picture on screen. */
  currentSeq: () => number;
  /** Applies one event; returns whether it fitted (board_state.applySequenced). */
  onEvent: (seq: number, event: E) => EventOutcome;
  /** The server cannot replay what we missed: reload the board. */
  onResync: () => void;
  /** The server's greeting after each (re)connect, with the room's sequence number. */
  onHello?: (seq: number) => void;
  onStatus?: (status: LiveStatus) => void;
  createSocket?: (url: string) => SocketLike;
  backoff?: BackoffOptions;
  random?: () => number;
}

const OPEN = 1;
/** The server closes with this code when the user lost access to the board. */
export const CLOSE_ACCESS_LOST = 4403;
export const PING_INTERVAL_MS = 20_000;
/** Silence for this long means the connection is dead even without a close. */
export const SILENCE_LIMIT_MS = 45_000;
/** A gap within this time after a resume is left to that resume's replay. */
export const RESUME_PATIENCE_MS = 2_000;

type ServerMessage<E> =
  | { type: 'hello'; seq: number }
  | { type: 'event'; seq: number; event: E }
  | { type: 'resync' }
  | { type: 'pong' }
  | { type: 'error'; error?: unknown };

export class BoardLive<E = BoardEvent> {
  private readonly options: BoardLiveOptions<E>;
  private socket: SocketLike | null = null;
  private attempt = 0;
  private stopped = true;
  /** When we last asked for a replay; a gap soon after is covered by that replay. */
  private resumedAt = -Infinity;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private lastHeard = 0;
  private statusValue: LiveStatus = 'offline';

  constructor(options: BoardLiveOptions<E>) {
    this.options = options;
  }

  get status(): LiveStatus {
    return this.statusValue;
  }

  /** Number of reconnects since the last successful open (for tests and the status line). */
  get attempts(): number {
    return this.attempt;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.close(1000, 'page closed');
    }
    this.setStatus('offline');
  }

  /** The browser says the network is gone: stop waiting for a dead socket. */
  wentOffline(): void {
    if (this.stopped || this.statusValue === 'denied') return;
    this.dropSocket();
    this.setStatus('offline');
  }

  /** The network is back: reconnect now instead of waiting for the backoff. */
  wentOnline(): void {
    if (this.stopped || this.statusValue === 'denied') return;
    if (this.socket && this.statusValue !== 'offline') return;
    this.dropSocket();
    this.attempt = 0;
    this.connect();
  }

  private connect(): void {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.setStatus('connecting');
    const create = this.options.createSocket ?? ((url: string) => new WebSocket(url) as unknown as SocketLike);
    let socket: SocketLike;
    try {
      socket = create(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.attempt = 0;
      this.lastHeard = Date.now();
      this.setStatus('live');
      this.resume();
      this.startPing();
    };
    socket.onmessage = (event) => {
      if (this.socket !== socket) return;
      this.lastHeard = Date.now();
      this.handle(event.data);
    };
    socket.onerror = () => {
      // A close follows every error; the reconnect happens there.
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.clearTimers();
      if (this.stopped) return;
      if (event.code === CLOSE_ACCESS_LOST) {
        this.setStatus('denied');
        return;
      }
      this.setStatus('offline');
      this.scheduleReconnect();
    };
  }

  private handle(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: ServerMessage<E>;
    try {
      message = JSON.parse(data) as ServerMessage<E>;
    } catch {
      return;
    }
    switch (message.type) {
      case 'hello':
        if (typeof message.seq === 'number') this.options.onHello?.(message.seq);
        // The server counts lower than our picture: it lost history (a restore). Start over.
        if (typeof message.seq === 'number' && message.seq < this.options.currentSeq()) this.options.onResync();
        break;
      case 'event': {
        if (typeof message.seq !== 'number' || !message.event) return;
        const outcome = this.options.onEvent(message.seq, message.event);
        if (outcome === 'applied') this.resumedAt = -Infinity;
        else if (outcome === 'gap' && Date.now() - this.resumedAt > RESUME_PATIENCE_MS) this.resume();
        break;
      }
      case 'resync':
        this.resumedAt = -Infinity;
        this.options.onResync();
        break;
      default:
        // pong keeps lastHeard fresh; an error message leaves the socket open.
        break;
    }
  }

  private resume(): void {
    if (!this.socket || this.socket.readyState !== OPEN) return;
    this.resumedAt = Date.now();
    this.socket.send(JSON.stringify({ type: 'resume', since: this.options.currentSeq() }));
  }

  private startPing(): void {
    clearInterval(this.pingTimer);
    this.pingTimer = setInterval(() => {
      if (!this.socket) return;
      if (Date.now() - this.lastHeard > SILENCE_LIMIT_MS) {
        // Dead without a close (a sleeping laptop, a dropped Wi-Fi): start over.
        this.dropSocket();
        this.setStatus('offline');
        this.scheduleReconnect();
        return;
      }
      if (this.socket.readyState === OPEN) this.socket.send(JSON.stringify({ type: 'ping' }));
    }, PING_INTERVAL_MS);
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    clearTimeout(this.reconnectTimer);
    const delay = backoffDelay(this.attempt, this.options.backoff ?? DEFAULT_BACKOFF, this.options.random);
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
  }

  private dropSocket(): void {
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.onmessage = null;
      socket.onopen = null;
      try {
        socket.close();
      } catch {
        // Already closing.
      }
    }
  }

  private clearTimers(): void {
    clearTimeout(this.reconnectTimer);
    clearInterval(this.pingTimer);
    this.reconnectTimer = undefined;
    this.pingTimer = undefined;
  }

  private setStatus(status: LiveStatus): void {
    if (this.statusValue === status) return;
    this.statusValue = status;
    this.options.onStatus?.(status);
  }
}

/** ws(s)://host/api/v1/… for a path on this origin. */
export function socketUrl(path: string, location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}
