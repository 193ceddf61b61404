// Mail about one's work: which mails a person gets (an action given to them,
// an answer to their obstacle, the weekly digest of overdue actions). It has no
// pages of its own: its switches are a section of the account page, handed to
// the shell as `accountSections`. Other modules use it through this file,
// api.ts and types.ts only.
import type { AppModule } from '../../app/module';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

import MailSettings from './components/MailSettings.svelte';

export const notifications: AppModule = {
  name: 'notifications',
  routes: [],
  nav: [],
  catalogues: { nl, en },
  accountSections: [MailSettings],
};
