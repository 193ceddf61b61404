// Leadership programmes: the public catalogue, a programme's page and the
// comparison; enrolment by each programme's rules; "Mijn opleidingen" with the
// schedule, hours per part and the certificate; and the programme staff's
// screens to create, copy and edit programmes and rounds and to run a round
// (attendance on a tablet, hours, assignments handed in). Other modules use it through this file only.
import type { Component } from 'svelte';
import type { AppModule, PageProps } from '../../app/module';
import { t } from '../../i18n/i18n.svelte';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import Catalogue from './pages/Catalogue.svelte';
import CertificatePage from './pages/Certificate.svelte';
import Compare from './pages/Compare.svelte';
import InvitationAccept from './pages/InvitationAccept.svelte';
import MyProgrammes from './pages/MyProgrammes.svelte';
import ProgrammePage from './pages/Programme.svelte';
import Staff from './pages/Staff.svelte';
import StaffProgramme from './pages/StaffProgramme.svelte';
import StaffRound from './pages/StaffRound.svelte';
import StaffAssignments from './pages/StaffAssignments.svelte';
import StaffHomeCard from './components/StaffHomeCard.svelte';
import { ROUTES, type ProgrammesRouteName } from './routes';
import { isProgrammeStaff, mayEnrol } from './permissions';

const PAGES: Record<ProgrammesRouteName, Component<PageProps>> = {
  programmeCatalogue: Catalogue,
  programmeCompare: Compare,
  programmePage: ProgrammePage,
  myProgrammes: MyProgrammes,
  programmeCertificate: CertificatePage,
  programmeStaff: Staff,
  programmeStaffEdit: StaffProgramme,
  programmeStaffRound: StaffRound,
  programmeInvitation: InvitationAccept,
  programmeStaffAssignments: StaffAssignments,
};

export const programmes: AppModule = {
  name: 'programmes',
  routes: ROUTES.map((route) => ({ ...route, page: PAGES[route.name] })),
  nav: [
    { href: '/opleidingen', label: () => t('programmes.nav.catalogue'), order: 40, shows: () => true },
    { href: '/mijn-opleidingen', label: () => t('programmes.nav.mine'), order: 41, shows: (me) => mayEnrol(me) },
    { href: '/opleidingen-beheer', label: () => t('programmes.nav.staff'), order: 42, shows: (me) => isProgrammeStaff(me) },
  ],
  catalogues: { nl, en },
  homeSections: [StaffHomeCard],
};
