// The school leadership's obstacles as reactive state, kept live: one
// WebSocket per school the leader leads (GET /schools/{id}/obstacles/live,
// only for its school leaders), reloaded whenever a socket (re)connects, and
// changed in place by each event (obstacles.ts). Pages create one, call
// start() in an effect (which returns the clean-up), and send the answers of
// their own requests through answer().
import { listLeadershipObstacles, obstaclesLivePath } from '../api';
import { applyLeadershipEvent, withAnswer } from '../obstacles';
import type { Item, LeadershipEvent, LeadershipObstacle } from '../types';
import { BoardLive, socketUrl, type LiveStatus } from './board_live';

export class LiveObstacles {
  obstacles = $state<LeadershipObstacle[] | null>(null);
  loadError = $state<unknown>(null);
  status = $state<LiveStatus>('connecting');

  private readonly schoolIds: number[];
  private reloading: Promise<void> | null = null;

  constructor(schoolIds: number[]) {
    this.schoolIds = schoolIds;
  }

  /** Loads the list (again). Concurrent calls share one request. */
  load(): Promise<void> {
    this.reloading ??= listLeadershipObstacles()
      .then(
        (found) => {
          this.obstacles = found;
          this.loadError = null;
        },
        (error) => {
          if (!this.obstacles) this.loadError = error;
        },
      )
      .finally(() => (this.reloading = null));
    return this.reloading;
  }

  /** Loads, connects to every school's room and follows the network; returns the clean-up for $effect. */
  start(): () => void {
    const statuses = new Map<number, LiveStatus>();
    const lives = this.schoolIds.map((schoolId) => {
      let seq = 0;
      const live = new BoardLive<LeadershipEvent>({
        url: socketUrl(obstaclesLivePath(schoolId), window.location),
        currentSeq: () => seq,
        // Every (re)connect: whatever happened while away is in a fresh list.
        onHello: (helloSeq) => {
          seq = helloSeq;
          void this.load();
        },
        onEvent: (eventSeq, event) => {
          seq = Math.max(seq, eventSeq);
          if (this.obstacles) this.obstacles = applyLeadershipEvent(this.obstacles, event);
          return 'applied';
        },
        onResync: () => void this.load(),
        onStatus: (status) => {
          statuses.set(schoolId, status);
          const all = [...statuses.values()];
          this.status = all.includes('denied') ? 'denied' : all.every((s) => s === 'live') ? 'live' : all.includes('offline') ? 'offline' : 'connecting';
        },
      });
      return live;
    });
    if (lives.length === 0) this.status = 'offline';
    const offline = () => lives.forEach((live) => live.wentOffline());
    const online = () => lives.forEach((live) => live.wentOnline());
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    lives.forEach((live) => live.start());
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      lives.forEach((live) => live.stop());
    };
  }

  /** Shows the answer of our own request at once (the same change arriving as an event later is a no-op). */
  answer(item: Item): void {
    if (this.obstacles) this.obstacles = withAnswer(this.obstacles, item);
  }
}
