// Identity and organisation: signing in, password reset, invitations, the
// account, the home page, besturen, schools, teams and their members. Other
// modules use it through this file, api.ts and types.ts only.
import type { Component } from 'svelte';
import type { AppModule, PageProps } from '../../app/module';
import { t } from '../../i18n/i18n.svelte';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import Account from './pages/Account.svelte';
import Admin from './pages/Admin.svelte';
import ForgotPassword from './pages/ForgotPassword.svelte';
import Home from './pages/Home.svelte';
import Invitation from './pages/Invitation.svelte';
import People from './pages/People.svelte';
import ResetPassword from './pages/ResetPassword.svelte';
import School from './pages/School.svelte';
import SignIn from './pages/SignIn.svelte';
import Team from './pages/Team.svelte';
import { ROUTES, type OrganisationRouteName } from './routes';

const PAGES: Record<OrganisationRouteName, Component<PageProps>> = {
  signIn: SignIn,
  forgotPassword: ForgotPassword,
  resetPassword: ResetPassword,
  invitation: Invitation,
  home: Home,
  school: School,
  team: Team,
  admin: Admin,
  people: People,
  account: Account,
};

export const organisation: AppModule = {
  name: 'organisation',
  routes: ROUTES.map((route) => ({ ...route, page: PAGES[route.name] })),
  nav: [
    { href: '/', label: () => t('nav.home'), order: 10, shows: () => true },
    { href: '/beheer', label: () => t('nav.admin'), order: 30, shows: (me) => me.user.is_admin },
    { href: '/beheer/mensen', label: () => t('nav.people'), order: 31, shows: (me) => me.user.is_admin },
    { href: '/account', label: () => t('nav.account'), order: 90, shows: () => true },
  ],
  catalogues: { nl, en },
};
