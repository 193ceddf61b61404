/** A person's calendar feed: on or off; its address only in the answer that made it. */
export interface CalendarFeed {
  active: boolean;
  active_since: string | null;
  url?: string;
}
