// The visitor's observation on a phone whose Wi-Fi may drop for a whole lesson. Every change is kept on the
// device first (localStorage), then sent whole with a client key made once for this device and visit and a
// save count that only goes up. A send that fails for the network stays queued and is sent again when the
// connection returns (on 'online' and on a timer); the server stores a save once (the same key and count
// again changes nothing) and never lets an older one win, so nothing is lost and nothing doubles. Only the
// latest state needs sending: each save holds the whole observation.
import { ApiError } from '../../api/client';
import type { ObservationBody } from './types';

/** localStorage, or a stand-in in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ObservationDraft {
  criteria: { notes: string; rating: number | null }[];
  notes: string;
}

/** saved: the server has the latest; waiting/sending: on its way; offline: kept here, sent when back; refused: the server said no. */
export type QueueState = 'saved' | 'waiting' | 'sending' | 'offline' | 'refused';

interface Kept {
  key: string;
  seq: number;
  draft: ObservationDraft | null;
  pending: ObservationBody | null;
}

export const storageKey = (visitId: number) => `samenbeter.observation.${visitId}`;

function randomKey(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return 'dev-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A failure the connection explains (no network, server away): worth sending again later. */
export function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === 'network' || error.status >= 500 || error.status === 429;
}

export class ObservationQueue {
  state: QueueState = 'saved';
  lastError: unknown = null;
  #kept: Kept;
  #sending = false;
  readonly #store: KeyValueStore;
  readonly #visitId: number;
  readonly #send: (body: ObservationBody) => Promise<unknown>;
  readonly #onchange: (state: QueueState) => void;

  constructor(
    store: KeyValueStore,
    visitId: number,
    send: (body: ObservationBody) => Promise<unknown>,
    onchange: (state: QueueState) => void = () => {},
    makeKey: () => string = randomKey,
  ) {
    this.#store = store;
    this.#visitId = visitId;
    this.#send = send;
    this.#onchange = onchange;
    this.#kept = this.#read() ?? { key: makeKey(), seq: 0, draft: null, pending: null };
    this.#write();
    if (this.#kept.pending) this.#set('offline');
  }

  get clientKey(): string {
    return this.#kept.key;
  }

  /** What this device kept, sent or not: the form shows it after a reload. */
  get draft(): ObservationDraft | null {
    return this.#kept.draft;
  }

  get hasPending(): boolean {
    return this.#kept.pending !== null;
  }

  /** Keeps the observation on the device, then sends it (or queues it while the connection is gone). */
  save(draft: ObservationDraft): Promise<void> {
    this.#kept.seq += 1;
    this.#kept.draft = draft;
    this.#kept.pending = {
      client_key: this.#kept.key,
      client_seq: this.#kept.seq,
      criteria: draft.criteria.map((c) => (c.rating ? { notes: c.notes, rating: c.rating } : { notes: c.notes })),
      notes: draft.notes,
    };
    this.#write();
    this.#set('waiting');
    return this.flush();
  }

  /** Sends what is queued, if anything and not already on its way. */
  async flush(): Promise<void> {
    while (this.#kept.pending && !this.#sending) {
      const body = this.#kept.pending;
      this.#sending = true;
      this.#set('sending');
      try {
        await this.#send(body);
        // Typed on meanwhile? Then the newer save goes next; else the queue is empty.
        if (this.#kept.pending?.client_seq === body.client_seq) this.#kept.pending = null;
        this.#write();
        this.lastError = null;
        this.#set(this.#kept.pending ? 'waiting' : 'saved');
      } catch (error) {
        this.lastError = error;
        this.#set(isTransient(error) ? 'offline' : 'refused');
        return;
      } finally {
        this.#sending = false;
      }
    }
  }

  #set(state: QueueState): void {
    this.state = state;
    this.#onchange(state);
  }

  #read(): Kept | null {
    try {
      const text = this.#store.getItem(storageKey(this.#visitId));
      if (!text) return null;
      const kept = JSON.parse(text) as Kept;
      return typeof kept.key === 'string' && typeof kept.seq === 'number' ? kept : null;
    } catch {
      return null;
    }
  }

  #write(): void {
    try {
      this.#store.setItem(storageKey(this.#visitId), JSON.stringify(this.#kept));
    } catch {
      // Storage full or switched off: the queue still works while the page stays open.
    }
  }
}
