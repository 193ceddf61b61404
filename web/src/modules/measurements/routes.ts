// The paths of the measurements module; index.ts gives each its page. The
// answer page is public and short: /meting, with the single-use token in the
// #fragment of the mailed link (a fragment never reaches a server's log).
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'measurementsHome', pattern: '/metingen', public: false },
  { name: 'schoolMeasurements', pattern: '/metingen/scholen/:id', public: false, wide: true },
  { name: 'measurementRound', pattern: '/metingen/rondes/:id', public: false, wide: true },
  { name: 'bestuurMeasurements', pattern: '/metingen/besturen/:id', public: false, wide: true },
  { name: 'measurementAnswer', pattern: '/meting', public: true },
] as const satisfies readonly RouteDef[];

export type MeasurementsRouteName = (typeof ROUTES)[number]['name'];
