// The school trajectory (issue 16): each school's way from registration to the
// second year, the conditions checked at intake, and the programme staff's
// pipeline of all schools. Other modules use it through this file, api.ts and
// types.ts only.
import type { Component } from 'svelte';
import type { AppModule, PageProps } from '../../app/module';
import { t } from '../../i18n/i18n.svelte';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import MyTrajectories from './pages/MyTrajectories.svelte';
import Pipeline from './pages/Pipeline.svelte';
import MeetingPage from './pages/Meeting.svelte';
import MeetingsPage from './pages/Meetings.svelte';
import QuotePrint from './pages/QuotePrint.svelte';
import StaffMeetingPage from './pages/StaffMeeting.svelte';
import StaffMeetingsPage from './pages/StaffMeetings.svelte';
import SchoolTrajectory from './pages/SchoolTrajectory.svelte';
import StaffHomeCard from './components/StaffHomeCard.svelte';
import { ROUTES, type TrajectoryRouteName } from './routes';
import { followsAnySchool, isProgrammeStaff } from './trajectory';

const PAGES: Record<TrajectoryRouteName, Component<PageProps>> = {
  pipeline: Pipeline,
  myTrajectories: MyTrajectories,
  schoolTrajectory: SchoolTrajectory,
  quote: QuotePrint,
  meetings: MeetingsPage,
  meeting: MeetingPage,
  staffMeetings: StaffMeetingsPage,
  staffMeeting: StaffMeetingPage,
};

export const trajectory: AppModule = {
  name: 'trajectory',
  routes: ROUTES.map((route) => ({ ...route, page: PAGES[route.name] })),
  nav: [
    { href: '/trajecten', label: () => t('nav.pipeline'), order: 40, shows: (me) => isProgrammeStaff(me) },
    { href: '/trajecten/bijeenkomsten', label: () => t('nav.meetings'), order: 42, shows: (me) => isProgrammeStaff(me) },
    {
      href: '/traject',
      label: () => t('nav.trajectory'),
      order: 41,
      shows: (me) => !isProgrammeStaff(me) && followsAnySchool(me),
    },
  ],
  catalogues: { nl, en },
  homeSections: [StaffHomeCard],
};
