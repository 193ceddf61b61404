// LiveClassBoard: one class board on one screen, kept up to date through its
// live room {"classboard", id} (docs/API.md, "Live channel"). It loads the
// board, follows the room with the board's BoardLive (resume by sequence
// number after a reconnect, backoff, ping), and takes each event's picture of
// the board when it is newer (board.ts applyBoardEvent). The teacher's page
// reloads instead, since only her own read holds the pending ideas.
import { BoardLive, socketUrl, type LiveStatus } from '../board/live/board_live';
import { applyBoardEvent } from './board';
import type { ClassBoardView } from './types';

export class LiveClassBoard<V extends ClassBoardView> {
  view = $state<V | null>(null);
  loadError = $state<unknown>(null);
  status = $state<LiveStatus>('connecting');

  private readonly load: () => Promise<V>;
  private readonly livePath: string;
  private readonly reloadOnEvent: boolean;

  constructor(load: () => Promise<V>, livePath: string, reloadOnEvent = false) {
    this.load = load;
    this.livePath = livePath;
    this.reloadOnEvent = reloadOnEvent;
  }

  async reload(): Promise<void> {
    try {
      this.view = await this.load();
      this.loadError = null;
    } catch (error) {
      this.loadError = error;
    }
  }

  /** Loads and follows the board; returns the function that stops following it. */
  start(): () => void {
    void this.reload();
    const live = new BoardLive<ClassBoardView>({
      url: socketUrl(this.livePath, window.location),
      currentSeq: () => this.view?.board.seq ?? 0,
      onHello: (seq) => {
        if (!this.view || seq !== this.view.board.seq) void this.reload();
      },
      onEvent: (seq, event) => {
        if (!this.view) return 'applied';
        if (this.reloadOnEvent) {
          if (seq > this.view.board.seq) void this.reload();
          return 'applied';
        }
        const { view, outcome } = applyBoardEvent(this.view, seq, event);
        this.view = view;
        return outcome;
      },
      onResync: () => void this.reload(),
      onStatus: (status) => (this.status = status),
    });
    const offline = () => live.wentOffline();
    const online = () => live.wentOnline();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    live.start();
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      live.stop();
    };
  }
}
