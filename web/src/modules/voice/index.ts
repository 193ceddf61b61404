// Student voice (stem van de leerling): a teacher's anonymous feedback rounds —
// opened from a template or her own questions, shown on the classroom screen
// with a code and a QR code, answered by students on /s without an account,
// with results from five answers on — and the school leader's counts per team.
import type { Component } from 'svelte';
import type { Me } from '../../api/types';
import type { AppModule, PageProps } from '../../app/module';
import { t } from '../../i18n/i18n.svelte';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import VoiceHomePage from './pages/VoiceHome.svelte';
import VoiceRoundPage from './pages/VoiceRound.svelte';
import StudentPage from './pages/Student.svelte';
import VisitVoice from './components/VisitVoice.svelte';
import { ROUTES, type VoiceRouteName } from './routes';

/** Teachers run rounds; school leaders see how many each team ran. */
function usesVoice(me: Me): boolean {
  return me.memberships.some((m) => m.role === 'leraar' || m.role === 'schoolleider');
}

const PAGES: Record<VoiceRouteName, Component<PageProps>> = {
  voiceHome: VoiceHomePage,
  voiceRound: VoiceRoundPage,
  voiceStudent: StudentPage,
};

export const voice: AppModule = {
  name: 'voice',
  routes: ROUTES.map((route) => ({ ...route, page: PAGES[route.name] })),
  nav: [{ href: '/stem', label: () => t('nav.voice'), order: 25, shows: usesVoice }],
  catalogues: { nl, en },
  lessonVisitSections: [VisitVoice],
};
