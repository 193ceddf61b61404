// Co-designed lessons and lesson visits (issue 12): the team's lesson library, the design editor, planning a
// visit, the observation form on a phone (kept on the device while the Wi-Fi is gone), the reflection whose
// conclusion lands on the board, "mijn lesbezoeken", the designs and visits of a goal, and the leadership's
// counts. Other modules use it through this file, api.ts and types.ts only.
import type { Component } from 'svelte';
import type { Me } from '../../api/types';
import type { AppModule, PageProps } from '../../app/module';
import { t } from '../../i18n/i18n.svelte';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import DesignPage from './pages/Design.svelte';
import GoalLessonsPage from './pages/GoalLessons.svelte';
import LibraryPage from './pages/Library.svelte';
import MyVisitsPage from './pages/MyVisits.svelte';
import OverviewPage from './pages/Overview.svelte';
import VisitPage from './pages/Visit.svelte';
import { ROUTES, type LessonsRouteName } from './routes';

const PAGES: Record<LessonsRouteName, Component<PageProps>> = {
  library: LibraryPage,
  design: DesignPage,
  visit: VisitPage,
  myVisits: MyVisitsPage,
  goalLessons: GoalLessonsPage,
  overview: OverviewPage,
};

const teaches = (me: Me) => me.memberships.some((m) => m.role === 'leraar');
const overseesSchool = (me: Me) =>
  me.memberships.some((m) => !m.team_id && (m.role === 'schoolleider' || m.role === 'schoolcoach' || m.role === 'expertcoach'));

export const lessons: AppModule = {
  name: 'lessons',
  routes: ROUTES.map((route) => ({ ...route, page: PAGES[route.name] })),
  nav: [
    { href: '/mijn-lesbezoeken', label: () => t('nav.myVisits'), order: 16, shows: teaches },
    { href: '/lessen-overzicht', label: () => t('nav.lessonsOverview'), order: 25, shows: overseesSchool },
  ],
  catalogues: { nl, en },
};
