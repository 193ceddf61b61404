// The academy (issue 16 point 6): short instruction videos, hosted elsewhere and
// linked, with practical step plans, in 20 modules on the method. Everyone
// marks their own progress; a school's coaches and leaders see their teams';
// programme staff edit the content.
import type { Component } from 'svelte';
import type { AppModule, PageProps } from '../../app/module';
import { t } from '../../i18n/i18n.svelte';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import CataloguePage from './pages/Catalogue.svelte';
import EditorPage from './pages/Editor.svelte';
import ItemPage from './pages/Item.svelte';
import ProgressPage from './pages/Progress.svelte';
import { ROUTES, type AcademyRouteName } from './routes';

const PAGES: Record<AcademyRouteName, Component<PageProps>> = {
  academyCatalogue: CataloguePage,
  academyItem: ItemPage,
  academyProgress: ProgressPage,
  academyEditor: EditorPage,
};

export const academy: AppModule = {
  name: 'academy',
  routes: ROUTES.map((route) => ({ ...route, page: PAGES[route.name] })),
  nav: [{ href: '/academie', label: () => t('nav.academy'), order: 60, shows: () => true }],
  catalogues: { nl, en },
};
