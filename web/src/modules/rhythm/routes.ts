// The paths of the rhythm module; index.ts gives each its page.
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'rhythmHome', pattern: '/ritme', public: false },
  { name: 'bestuurRhythm', pattern: '/besturen/:id/ritme', public: false, wide: true },
  { name: 'schoolRhythm', pattern: '/scholen/:id/ritme', public: false, wide: true },
  { name: 'teamRhythm', pattern: '/teams/:id/ritme', public: false, wide: true },
  { name: 'teamWeek', pattern: '/teams/:id/ritme/:week', public: false },
  { name: 'bestuurCascade', pattern: '/besturen/:id/cascade', public: false },
  { name: 'schoolCascade', pattern: '/scholen/:id/cascade', public: false },
] as const satisfies readonly RouteDef[];

export type RhythmRouteName = (typeof ROUTES)[number]['name'];
