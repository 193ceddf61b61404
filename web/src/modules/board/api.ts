// One function per API route of the team board (docs/API.md, "The team board
// (bordsessie)"), so pages never build URLs or bodies by hand. Every change names
// the version it was made on; a stale one comes back as ApiError 409 with `current`.
import { api, segment as id } from '../../api/client';
import type {
  Ambition, Board, BoardSession, Cycle, CycleHolidays, Goal, Item, ItemChanges, LeadershipObstacle, Measurement, MyWork, NewGoal,
  NewItem, NewRetrospective, SessionRecord, SessionSummary,
} from './types';

export const fetchBoard = (teamId: number) => api.get<Board>(`/teams/${id(teamId)}/board`);
/** Path of the board's WebSocket (without /api/v1 origin handling; see live/). */
export const boardLivePath = (teamId: number) => `/api/v1/teams/${id(teamId)}/board/live`;

export const createCycle = (teamId: number, cycle: { name: string; starts_on: string; ends_on: string }) =>
  api.post<Cycle>(`/teams/${id(teamId)}/cycles`, cycle);
/** The school holidays a cycle of the team from `startsOn` to `endsOn` would span, and the end that moves past them. */
export const fetchCycleHolidays = (teamId: number, startsOn: string, endsOn: string) =>
  api.get<CycleHolidays>(
    `/teams/${id(teamId)}/cycle-holidays?starts_on=${encodeURIComponent(startsOn)}&ends_on=${encodeURIComponent(endsOn)}`,
  );
export const updateCycle = (cycleId: number, changes: { name?: string; starts_on?: string; ends_on?: string }, version: number) =>
  api.patch<Cycle>(`/cycles/${id(cycleId)}`, { ...changes, version });
/** Closes a cycle with its retrospective; may open the next cycle and carry goals and open actions over. */
export const closeCycle = (cycleId: number, retrospective: NewRetrospective, version: number) =>
  api.post<Cycle>(`/cycles/${id(cycleId)}/retrospective`, { ...retrospective, version });
/** The team's cycles, oldest first, each retrospective with its goal lines. */
export const listCycles = (teamId: number) =>
  api.get<{ cycles: Cycle[] }>(`/teams/${id(teamId)}/cycles`).then((r) => r.cycles);

/** Not in docs/API.md yet, but served: one goal with its measurements (tells the goal page its team). */
export const fetchGoal = (goalId: number) => api.get<Goal>(`/goals/${id(goalId)}`);
export const createGoal = (teamId: number, goal: NewGoal) => api.post<Goal>(`/teams/${id(teamId)}/goals`, goal);
export const updateGoal = (goalId: number, changes: Partial<NewGoal>, version: number) =>
  api.patch<Goal>(`/goals/${id(goalId)}`, { ...changes, version });
export const deleteGoal = (goalId: number, version: number) =>
  api.delete(`/goals/${id(goalId)}?version=${version}`);
/** Creates the week's value, or with `version` updates it. */
export const putMeasurement = (goalId: number, week: string, value: number, version?: number) =>
  api.put<Measurement>(`/goals/${id(goalId)}/measurements/${id(week)}`, version === undefined ? { value } : { value, version });
export const deleteMeasurement = (goalId: number, week: string, version: number) =>
  api.delete(`/goals/${id(goalId)}/measurements/${id(week)}?version=${version}`);

/** The school's ambitions per school year. */
export const listAmbitions = (schoolId: number) =>
  api.get<{ ambitions: Ambition[] }>(`/schools/${id(schoolId)}/ambitions`).then((r) => r.ambitions);
export const createAmbition = (schoolId: number, ambition: { school_year: string; title: string; description?: string }) =>
  api.post<Ambition>(`/schools/${id(schoolId)}/ambitions`, ambition);
export const updateAmbition = (
  ambitionId: number,
  changes: { school_year?: string; title?: string; description?: string },
  version: number,
) => api.patch<Ambition>(`/ambitions/${id(ambitionId)}`, { ...changes, version });
/** Refused (422 failed_precondition, field "goals") while goals still serve the ambition. */
export const deleteAmbition = (ambitionId: number, version: number) =>
  api.delete(`/ambitions/${id(ambitionId)}?version=${version}`);

export const createItem = (teamId: number, item: NewItem) => api.post<Item>(`/teams/${id(teamId)}/items`, item);
export const updateItem = (itemId: number, changes: ItemChanges, version: number) =>
  api.patch<Item>(`/items/${id(itemId)}`, { ...changes, version });
export const moveItem = (itemId: number, status: string, version: number, position?: number) =>
  api.post<Item>(`/items/${id(itemId)}/move`, position === undefined ? { status, version } : { status, position, version });
export const deleteItem = (itemId: number, version: number) => api.delete(`/items/${id(itemId)}?version=${version}`);
export const toLeadership = (itemId: number, version: number) =>
  api.post<Item>(`/items/${id(itemId)}/to-leadership`, { version });

/** The team marks its own obstacle resolved, whatever its state. */
export const resolveObstacle = (itemId: number, version: number) =>
  api.post<Item>(`/items/${id(itemId)}/resolve`, { version });

/** Path of a school's obstacles room for its leadership (WebSocket, like the board's). */
export const obstaclesLivePath = (schoolId: number) => `/api/v1/schools/${id(schoolId)}/obstacles/live`;
export const listLeadershipObstacles = () =>
  api.get<{ obstacles: LeadershipObstacle[] }>('/obstacles').then((r) => r.obstacles);
export const replyToObstacle = (itemId: number, reply: string, resolve: boolean, version: number) =>
  api.post<Item>(`/items/${id(itemId)}/leadership-reply`, { reply, resolve, version });
export const obstacleToLeaderAction = (itemId: number, text: string, version: number, dueOn?: string) =>
  api.post<Item>(`/items/${id(itemId)}/leadership-action`, dueOn ? { text, due_on: dueOn, version } : { text, version });

export const startBoardSession = (teamId: number, totalMinutes?: number) =>
  api.post<BoardSession>(`/teams/${id(teamId)}/session`, totalMinutes === undefined ? {} : { total_minutes: totalMinutes });
export const updateSession = (sessionId: number, changes: { step?: number; attendance?: number[] }, version: number) =>
  api.patch<BoardSession>(`/sessions/${id(sessionId)}`, { ...changes, version });
/** With at most one person present the server wants `confirmAlone` (else 422, field confirm_alone). */
export const closeSession = (sessionId: number, version: number, confirmAlone = false) =>
  api.post<SessionRecord>(`/sessions/${id(sessionId)}/close`, confirmAlone ? { version, confirm_alone: true } : { version });
export const listSessions = (teamId: number) =>
  api.get<{ sessions: SessionSummary[] }>(`/teams/${id(teamId)}/sessions`).then((r) => r.sessions);
export const fetchSessionRecord = (sessionId: number) => api.get<SessionRecord>(`/sessions/${id(sessionId)}`);

/** Mijn acties: the caller's own open actions and raised obstacles across all their teams. */
export const fetchMyWork = () => api.get<MyWork>('/me/work');
