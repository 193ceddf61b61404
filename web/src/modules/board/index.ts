// The team board: cycles, goals and their weekly measurements, actions and the
// other items, board sessions and their records, retrospectives, the school's
// ambitions and the obstacles handed to the school leadership. Other modules use
// it through this file, api.ts and types.ts only.
import type { Component } from 'svelte';
import type { Me } from '../../api/types';
import type { AppModule, PageProps } from '../../app/module';
import { leadsASchool } from '../../app/session/permissions';
import { t } from '../../i18n/i18n.svelte';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import BoardPage from './pages/Board.svelte';
import GoalPage from './pages/Goal.svelte';
import MyActionsPage from './pages/MyActions.svelte';
import ObstaclesPage from './pages/Obstacles.svelte';
import SessionRecordPage from './pages/SessionRecord.svelte';
import SessionsPage from './pages/Sessions.svelte';
import { ROUTES, type BoardRouteName } from './routes';

/** The school's ambitions per school year, for the school page. */
export { default as AmbitionList } from './components/AmbitionList.svelte';
/** For the school leader's home page: how many obstacles wait for her, linking to them. */
export { default as WaitingObstacles } from './components/WaitingObstacles.svelte';

/** Teachers, school coaches and school leaders own actions on boards: they get Mijn acties. */
function ownsActions(me: Me): boolean {
  return me.memberships.some((m) => m.role === 'leraar' || m.role === 'schoolcoach' || m.role === 'schoolleider');
}

const PAGES: Record<BoardRouteName, Component<PageProps>> = {
  board: BoardPage,
  sessions: SessionsPage,
  sessionRecord: SessionRecordPage,
  goal: GoalPage,
  obstacles: ObstaclesPage,
  myActions: MyActionsPage,
};

export const board: AppModule = {
  name: 'board',
  routes: ROUTES.map((route) => ({ ...route, page: PAGES[route.name] })),
  nav: [
    { href: '/mijn-acties', label: () => t('nav.myActions'), order: 15, shows: ownsActions },
    { href: '/obstakels', label: () => t('nav.obstacles'), order: 20, shows: leadsASchool },
  ],
  catalogues: { nl, en },
};
