// One function per API route of the calendar module (docs/API.md, "Calendar feed").
import { api } from '../../api/client';
import type { CalendarFeed } from './types';

export const fetchCalendarFeed = () => api.get<CalendarFeed>('/me/calendar');
/** Starts the feed or gives it a new address; the answer holds the address, shown this once. */
export const startCalendarFeed = () => api.post<CalendarFeed>('/me/calendar');
export const stopCalendarFeed = () => api.delete('/me/calendar');
