// The paths of the trajectory module; index.ts gives each its page.
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'pipeline', pattern: '/trajecten', public: false },
  { name: 'myTrajectories', pattern: '/traject', public: false },
  { name: 'schoolTrajectory', pattern: '/scholen/:id/traject', public: false },
  { name: 'quote', pattern: '/scholen/:id/offertes/:quote', public: false },
] as const satisfies readonly RouteDef[];

export type TrajectoryRouteName = (typeof ROUTES)[number]['name'];
