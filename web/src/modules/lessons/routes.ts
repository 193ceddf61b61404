// The paths of the lessons module; index.ts gives each its page.
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'library', pattern: '/teams/:id/lessen', public: false },
  { name: 'design', pattern: '/lesontwerpen/:id', public: false },
  { name: 'visit', pattern: '/lesbezoeken/:id', public: false },
  { name: 'myVisits', pattern: '/mijn-lesbezoeken', public: false },
  { name: 'goalLessons', pattern: '/doelen/:id/lessen', public: false },
  { name: 'overview', pattern: '/lessen-overzicht', public: false },
] as const satisfies readonly RouteDef[];

export type LessonsRouteName = (typeof ROUTES)[number]['name'];
