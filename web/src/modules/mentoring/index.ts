// The mentoring programme (issue 15): business mentors apply on a public form,
// school leaders and coaches of schools in the inspiration programme apply
// from their account, programme staff pair the pool with the engine, review,
// lock and publish, and each pair plans and logs its three meetings.
import type { Component } from 'svelte';
import type { Me } from '../../api/types';
import type { AppModule, PageProps } from '../../app/module';
import { t } from '../../i18n/i18n.svelte';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import ApplyPage from './pages/Apply.svelte';
import MyApplicationPage from './pages/MyApplication.svelte';
import HomePage from './pages/Home.svelte';
import PairPage from './pages/Pair.svelte';
import StaffPage from './pages/Staff.svelte';
import { ROUTES, type MentoringRouteName } from './routes';

/** Who the programme concerns: mentors (an account without a school role), the school leaders and coaches who may
 *  be mentees, and programme staff. Teachers, bestuurders and expert coaches get no menu link. */
function takesPartInMentoring(me: Me): boolean {
  if (isMentoringStaff(me) || me.memberships.length === 0) return true;
  return me.memberships.some((m) => m.role === 'schoolleider' || m.role === 'schoolcoach');
}

export function isMentoringStaff(me: Me | null): boolean {
  return !!me && (me.user.is_admin || me.memberships.some((m) => m.role === 'programmabeheerder'));
}

const PAGES: Record<MentoringRouteName, Component<PageProps>> = {
  mentoringApply: ApplyPage,
  mentoringMyApplication: MyApplicationPage,
  mentoringHome: HomePage,
  mentoringPair: PairPage,
  mentoringStaff: StaffPage,
};

export const mentoring: AppModule = {
  name: 'mentoring',
  routes: ROUTES.map((route) => ({ ...route, page: PAGES[route.name] })),
  nav: [
    { href: '/mentoring', label: () => t('mentoring.nav.home'), order: 45, shows: takesPartInMentoring },
    { href: '/mentoring/beheer', label: () => t('mentoring.nav.staff'), order: 46, shows: (me) => isMentoringStaff(me) },
  ],
  catalogues: { nl, en },
};
