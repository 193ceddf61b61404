// The class board (klassenbord): a teacher's board for her class — goal with a
// weekly measurement, actions, successes, obstacles — run by the students on
// the classroom touch screen in a session without accounts, shown read-only by
// a display link, live on every screen; students send ideas from their phone
// on /k with the class code, shown once the teacher approves them. School
// leaders see how many class boards each team has.
import type { Component } from 'svelte';
import type { Me } from '../../api/types';
import type { AppModule, PageProps } from '../../app/module';
import { t } from '../../i18n/i18n.svelte';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import ClassBoardHome from './pages/ClassBoardHome.svelte';
import ClassBoardPage from './pages/ClassBoardPage.svelte';
import ClassIdea from './pages/ClassIdea.svelte';
import ClassScreen from './pages/ClassScreen.svelte';
import { ROUTES, type ClassboardRouteName } from './routes';

/** Teachers run class boards; school leaders see how many each team has. */
function usesClassBoards(me: Me): boolean {
  return me.memberships.some((m) => m.role === 'leraar' || m.role === 'schoolleider');
}

const PAGES: Record<ClassboardRouteName, Component<PageProps>> = {
  classboardHome: ClassBoardHome,
  classboardScreen: ClassScreen,
  classboardBoard: ClassBoardPage,
  classboardIdea: ClassIdea,
};

export const classboard: AppModule = {
  name: 'classboard',
  routes: ROUTES.map((route) => ({ ...route, page: PAGES[route.name] })),
  nav: [{ href: '/klassenbord', label: () => t('classboard.nav'), order: 26, shows: usesClassBoards }],
  catalogues: { nl, en },
};
