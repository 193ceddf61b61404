// What a module gives the app shell: its pages with their paths, its links in
// the site header, and its texts. Each module's index.ts exports one AppModule;
// app/modules.ts lists them.
import { getContext, setContext, type Component } from 'svelte';
import type { Me } from '../api/types';
import type { Catalogues } from '../i18n/i18n.svelte';
import type { RouteDef } from './router/routes';

/** What the shell passes to every page: the decoded path parameters of its route. */
export interface PageProps {
  params: Record<string, string>;
}

/** A route and the page the shell shows for it. */
export interface PageRoute extends RouteDef {
  page: Component<PageProps>;
}

/** A link in the site header's main menu. */
export interface NavLink {
  href: string;
  /** The link text in the active language, e.g. `() => t('nav.home')`. */
  label: () => string;
  /** Place in the menu, smallest first, across all modules. */
  order: number;
  /** Whether this signed-in person gets the link. */
  shows: (me: Me) => boolean;
}

export interface AppModule {
  name: string;
  routes: readonly PageRoute[];
  nav: readonly NavLink[];
  catalogues: Catalogues;
  /** Sections this module adds to the signed-in person's account page, after the page's own. */
  accountSections?: readonly Component[];
  /** Sections this module adds to the home page, after its own; each shows only to whom it concerns. */
  homeSections?: readonly Component[];
  /** Sections this module adds to a lesson visit's page (the voice module's results about the same design). */
  lessonVisitSections?: readonly Component<{ visitId: number }>[];
}

const ACCOUNT_SECTIONS = Symbol('account sections');
const HOME_SECTIONS = Symbol('home sections');

/** For the shell: hands every module's account sections to the pages below it. */
export function provideAccountSections(sections: readonly Component[]): void {
  setContext(ACCOUNT_SECTIONS, sections);
}

/** For the account page: the sections other modules add, so it names none of them. */
export function accountSections(): readonly Component[] {
  return getContext<readonly Component[] | undefined>(ACCOUNT_SECTIONS) ?? [];
}

/** For the shell: hands every module's home sections to the pages below it. */
export function provideHomeSections(sections: readonly Component[]): void {
  setContext(HOME_SECTIONS, sections);
}

/** For the home page: the sections other modules add, so it names none of them. */
export function homeSections(): readonly Component[] {
  return getContext<readonly Component[] | undefined>(HOME_SECTIONS) ?? [];
}

const LESSON_VISIT_SECTIONS = Symbol('lesson visit sections');

/** For the shell: hands every module's lesson visit sections to the pages below it. */
export function provideLessonVisitSections(sections: readonly Component<{ visitId: number }>[]): void {
  setContext(LESSON_VISIT_SECTIONS, sections);
}

/** For the lesson visit page: the sections other modules add, so it names none of them. */
export function lessonVisitSections(): readonly Component<{ visitId: number }>[] {
  return getContext<readonly Component<{ visitId: number }>[] | undefined>(LESSON_VISIT_SECTIONS) ?? [];
}
