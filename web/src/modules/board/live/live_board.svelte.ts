// One team's board as reactive state, kept live over the WebSocket. Pages
// create one, call start() in an effect (which returns the clean-up), and send
// the answers of their own requests through apply() so the change shows at once
// (the same change arriving as an event later is then a no-op).
import { ApiError } from '../../../api/client';
import { boardLivePath, fetchBoard } from '../api';
import type { Board, BoardEvent } from '../types';
import { BoardLive, socketUrl, type LiveStatus } from './board_live';
import { applyEvent, applySequenced } from './board_state';

export class LiveBoard {
  board = $state<Board | null>(null);
  loadError = $state<unknown>(null);
  status = $state<LiveStatus>('connecting');

  readonly teamId: number;
  private reloading: Promise<void> | null = null;

  constructor(teamId: number) {
    this.teamId = teamId;
  }

  /** Loads the board (again). Concurrent calls share one request. */
  load(): Promise<void> {
    this.reloading ??= fetchBoard(this.teamId)
      .then(
        (board) => {
          this.board = board;
          this.loadError = null;
        },
        (error) => {
          // Keep showing what we have when a reload fails; a first load shows the error.
          if (!this.board || (error instanceof ApiError && (error.status === 403 || error.status === 404))) {
            this.loadError = error;
          }
        },
      )
      .finally(() => (this.reloading = null));
    return this.reloading;
  }

  /** Loads, connects and follows the network; returns the clean-up for $effect. */
  start(): () => void {
    const live = new BoardLive({
      url: socketUrl(boardLivePath(this.teamId), window.location),
      currentSeq: () => this.board?.seq ?? 0,
      onEvent: (seq, event) => {
        if (!this.board) return 'duplicate'; // the load in flight will include it
        const result = applySequenced(this.board, seq, event);
        if (result.outcome === 'applied') this.board = result.board;
        return result.outcome;
      },
      onResync: () => void this.load(),
      onStatus: (status) => (this.status = status),
    });
    const offline = () => live.wentOffline();
    const online = () => live.wentOnline();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    let stopped = false;
    this.load().then(() => {
      if (!stopped) live.start();
    });
    return () => {
      stopped = true;
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      live.stop();
    };
  }

  /** Shows the answer of our own request (or the current entity of a 409) at once. */
  apply(event: BoardEvent): void {
    if (this.board) this.board = applyEvent(this.board, event);
  }
}
