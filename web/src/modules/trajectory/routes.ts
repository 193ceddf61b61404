// The paths of the trajectory module; index.ts gives each its page.
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'pipeline', pattern: '/trajecten', public: false },
  { name: 'myTrajectories', pattern: '/traject', public: false },
  { name: 'schoolTrajectory', pattern: '/scholen/:id/traject', public: false },
  { name: 'quote', pattern: '/scholen/:id/offertes/:quote', public: false },
  { name: 'meetings', pattern: '/bijeenkomsten', public: true },
  { name: 'meeting', pattern: '/bijeenkomsten/:id', public: true },
  { name: 'staffMeetings', pattern: '/trajecten/bijeenkomsten', public: false },
  { name: 'staffMeeting', pattern: '/trajecten/bijeenkomsten/:id', public: false },
] as const satisfies readonly RouteDef[];

export type TrajectoryRouteName = (typeof ROUTES)[number]['name'];
