// The paths of the team board; index.ts gives each its page.
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'board', pattern: '/teams/:id/bord', public: false, wide: true },
  { name: 'sessions', pattern: '/teams/:id/sessies', public: false },
  { name: 'sessionRecord', pattern: '/sessies/:id', public: false },
  { name: 'goal', pattern: '/doelen/:id', public: false },
  { name: 'obstacles', pattern: '/obstakels', public: false },
  { name: 'myActions', pattern: '/mijn-acties', public: false },
] as const satisfies readonly RouteDef[];

export type BoardRouteName = (typeof ROUTES)[number]['name'];
