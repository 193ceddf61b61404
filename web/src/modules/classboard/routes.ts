// The paths of the classboard module; index.ts gives each its page. The
// classroom screen (/klassenbord/scherm) and the students' idea page (/k) are
// public: the first by the token in its #fragment, the second by the class code.
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'classboardHome', pattern: '/klassenbord', public: false },
  { name: 'classboardScreen', pattern: '/klassenbord/scherm', public: true, wide: true },
  { name: 'classboardBoard', pattern: '/klassenbord/:id', public: false, wide: true },
  { name: 'classboardIdea', pattern: '/k', public: true },
] as const satisfies readonly RouteDef[];

export type ClassboardRouteName = (typeof ROUTES)[number]['name'];
