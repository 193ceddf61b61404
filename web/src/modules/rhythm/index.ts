// The rhythm (issue 17): the weekly rhythm of every team as a heatmap over the
// school year, a team's week, the overview for school leaders and boards, and
// the cascade from the bestuur's strategic goals to the teams' goals.
import type { Component } from 'svelte';
import type { AppModule, PageProps } from '../../app/module';
import { t } from '../../i18n/i18n.svelte';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import { seesRhythm } from './model';
import CascadePage from './pages/Cascade.svelte';
import RhythmHomePage from './pages/RhythmHome.svelte';
import ScopeRhythmPage from './pages/ScopeRhythm.svelte';
import WeekPage from './pages/Week.svelte';
import { ROUTES, type RhythmRouteName } from './routes';

const PAGES: Record<RhythmRouteName, Component<PageProps>> = {
  rhythmHome: RhythmHomePage,
  bestuurRhythm: ScopeRhythmPage,
  schoolRhythm: ScopeRhythmPage,
  teamRhythm: ScopeRhythmPage,
  teamWeek: WeekPage,
  bestuurCascade: CascadePage,
  schoolCascade: CascadePage,
};

export const rhythm: AppModule = {
  name: 'rhythm',
  routes: ROUTES.map((route) => ({ ...route, page: PAGES[route.name] })),
  nav: [{ href: '/ritme', label: () => t('nav.rhythm'), order: 25, shows: seesRhythm }],
  catalogues: { nl, en },
};
