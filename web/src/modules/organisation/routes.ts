// The paths of identity and organisation; index.ts gives each its page.
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'signIn', pattern: '/inloggen', public: true },
  { name: 'forgotPassword', pattern: '/wachtwoord-vergeten', public: true },
  { name: 'resetPassword', pattern: '/wachtwoord-herstellen', public: true },
  { name: 'invitation', pattern: '/uitnodiging/:token', public: true },
  { name: 'home', pattern: '/', public: false },
  { name: 'school', pattern: '/scholen/:id', public: false },
  { name: 'team', pattern: '/teams/:id', public: false },
  { name: 'admin', pattern: '/beheer', public: false },
  { name: 'people', pattern: '/beheer/mensen', public: false },
  { name: 'account', pattern: '/account', public: false },
] as const satisfies readonly RouteDef[];

export type OrganisationRouteName = (typeof ROUTES)[number]['name'];
