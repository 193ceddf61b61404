// A person's calendar feed: a secret address that Outlook, Google or Apple
// Calendar subscribes to, with what the person takes part in across the
// modules. No pages of its own: a section of the account page.
import type { AppModule } from '../../app/module';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

import CalendarFeedSettings from './components/CalendarFeedSettings.svelte';

export const calendar: AppModule = {
  name: 'calendar',
  routes: [],
  nav: [],
  catalogues: { nl, en },
  accountSections: [CalendarFeedSettings],
};
