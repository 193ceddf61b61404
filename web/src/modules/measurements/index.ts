// Metingen (issue 16 point 7): anonymous staff questionnaires on the learning
// culture. Programme staff write questionnaires and start rounds for any
// school, a school leader for her own; staff answer on /meting through a
// single-use link from their e-mail; results per team, school and bestuur show
// from five answers, baseline against follow-up.
import type { Component } from 'svelte';
import type { AppModule, PageProps } from '../../app/module';
import { t } from '../../i18n/i18n.svelte';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import { usesMeasurements } from './measurements';
import AnswerPage from './pages/AnswerPage.svelte';
import BestuurMeasurementsPage from './pages/BestuurMeasurements.svelte';
import MeasurementRoundPage from './pages/MeasurementRound.svelte';
import MeasurementsHomePage from './pages/MeasurementsHome.svelte';
import SchoolMeasurementsPage from './pages/SchoolMeasurements.svelte';
import { ROUTES, type MeasurementsRouteName } from './routes';

const PAGES: Record<MeasurementsRouteName, Component<PageProps>> = {
  measurementsHome: MeasurementsHomePage,
  schoolMeasurements: SchoolMeasurementsPage,
  measurementRound: MeasurementRoundPage,
  bestuurMeasurements: BestuurMeasurementsPage,
  measurementAnswer: AnswerPage,
};

export const measurements: AppModule = {
  name: 'measurements',
  routes: ROUTES.map((route) => ({ ...route, page: PAGES[route.name] })),
  nav: [{ href: '/metingen', label: () => t('nav.measurements'), order: 45, shows: usesMeasurements }],
  catalogues: { nl, en },
};
