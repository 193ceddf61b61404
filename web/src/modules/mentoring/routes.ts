// The paths of the mentoring module; index.ts gives each its page. The
// application form and the personal link's page are public (no account).
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'mentoringApply', pattern: '/mentoring/aanmelden', public: true },
  { name: 'mentoringMyApplication', pattern: '/mentoring/mijn-aanmelding', public: true },
  { name: 'mentoringHome', pattern: '/mentoring', public: false },
  { name: 'mentoringPair', pattern: '/mentoring/koppels/:id', public: false },
  { name: 'mentoringStaff', pattern: '/mentoring/beheer', public: false, wide: true },
] as const satisfies readonly RouteDef[];

export type MentoringRouteName = (typeof ROUTES)[number]['name'];
