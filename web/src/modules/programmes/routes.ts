// The paths of the programmes module; index.ts gives each its page.
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'programmeCatalogue', pattern: '/opleidingen', public: true },
  { name: 'programmeCompare', pattern: '/opleidingen/vergelijk', public: true },
  { name: 'programmePage', pattern: '/opleidingen/:id', public: true },
  { name: 'myProgrammes', pattern: '/mijn-opleidingen', public: false },
  { name: 'programmeCertificate', pattern: '/mijn-opleidingen/:id/certificaat', public: false },
  { name: 'programmeStaff', pattern: '/opleidingen-beheer', public: false },
  { name: 'programmeStaffEdit', pattern: '/opleidingen-beheer/:id', public: false },
  { name: 'programmeStaffRound', pattern: '/opleidingen-beheer/rondes/:id', public: false },
  { name: 'programmeInvitation', pattern: '/opleidingen/uitnodiging/:token', public: true },
  { name: 'programmeStaffAssignments', pattern: '/opleidingen-beheer/rondes/:id/opdrachten', public: false },
] as const satisfies readonly RouteDef[];

export type ProgrammesRouteName = (typeof ROUTES)[number]['name'];
