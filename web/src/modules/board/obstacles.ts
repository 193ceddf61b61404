// The school leadership's list of obstacles as pure functions: which list an
// obstacle is on (waiting first), and how a change from the live channel or an
// answer of our own request changes the list. Tested without a browser.
import type { Item, LeadershipEvent, LeadershipObstacle, ObstacleStatus } from './types';

/** The lists of the leader's page, in the order of its filter; waiting is the default. */
export const OBSTACLE_LISTS = ['leadership', 'answered', 'taken_on', 'resolved'] as const;
export type ObstacleList = (typeof OBSTACLE_LISTS)[number];

export function isObstacleList(value: string | null | undefined): value is ObstacleList {
  return (OBSTACLE_LISTS as readonly string[]).includes(value ?? '');
}

/** The obstacles on one list, the longest waiting (or most recently changed) first as the server sends them. */
export function obstaclesIn(list: readonly LeadershipObstacle[], which: ObstacleList): LeadershipObstacle[] {
  return list.filter((o) => o.status === which);
}

export function countsByList(list: readonly LeadershipObstacle[]): Record<ObstacleList, number> {
  const counts = { leadership: 0, answered: 0, taken_on: 0, resolved: 0 };
  for (const o of list) if (isObstacleList(o.status)) counts[o.status] += 1;
  return counts;
}

/** Obstacles waiting for the leadership: what the home page counts. */
export const waitingCount = (list: readonly LeadershipObstacle[]) => countsByList(list).leadership;

/**
 * The list after one change: an obstacle is added or replaced (never by an
 * older version of itself), dropped when it went back to open or was deleted.
 */
export function applyLeadershipEvent(list: readonly LeadershipObstacle[], event: LeadershipEvent): LeadershipObstacle[] {
  if (event.kind === 'obstacle_deleted') return list.filter((o) => o.id !== event.id);
  const incoming = event.obstacle;
  const known = list.find((o) => o.id === incoming.id);
  if (known && known.version > incoming.version) return [...list];
  if ((incoming.status as ObstacleStatus) === 'open') return list.filter((o) => o.id !== incoming.id);
  if (!known) return [incoming, ...list];
  return list.map((o) => (o.id === incoming.id ? incoming : o));
}

/** The answer to our own request (an Item, without where it comes from) merged into the list. */
export function withAnswer(list: readonly LeadershipObstacle[], item: Item): LeadershipObstacle[] {
  const known = list.find((o) => o.id === item.id);
  if (!known) return [...list];
  return applyLeadershipEvent(list, { kind: 'obstacle', obstacle: { ...known, ...item } });
}
