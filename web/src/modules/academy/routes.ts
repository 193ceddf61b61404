// The paths of the academy module; index.ts gives each its page.
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'academyCatalogue', pattern: '/academie', public: false },
  { name: 'academyItem', pattern: '/academie/onderdelen/:id', public: false },
  { name: 'academyProgress', pattern: '/academie/voortgang', public: false, wide: true },
  { name: 'academyEditor', pattern: '/academie/beheer', public: false },
] as const satisfies readonly RouteDef[];

export type AcademyRouteName = (typeof ROUTES)[number]['name'];
