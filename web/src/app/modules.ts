// The composition root of the web app: every module, once. A module brings its
// pages with their paths, its links in the site header and its texts
// (app/module.ts). Adding one is a folder under modules/ (index.ts, routes.ts,
// i18n/, ...) and, here, its import and its entry in MODULES; nothing else changes.
import { board } from '../modules/board';
import { calendar } from '../modules/calendar';
import { lessons } from '../modules/lessons';
import { notifications } from '../modules/notifications';
import { organisation } from '../modules/organisation';
import { rhythm } from '../modules/rhythm';
import { trajectory } from '../modules/trajectory';
import { programmes } from '../modules/programmes';
import { voice } from '../modules/voice';
import { measurements } from '../modules/measurements';
import { academy } from '../modules/academy';
import { classboard } from '../modules/classboard';
import { mentoring } from '../modules/mentoring';
import type { AppModule, NavLink, PageRoute } from './module';

export const MODULES: readonly AppModule[] = [
  organisation,
  board,
  notifications,
  calendar,
  rhythm,
  trajectory,
  lessons,
  programmes,
  voice,
  measurements,
  academy,
  classboard,
  mentoring,
];

export const ROUTES: readonly PageRoute[] = MODULES.flatMap((module) => module.routes);

/** What the modules add to the account page, in module order. */
export const ACCOUNT_SECTIONS = MODULES.flatMap((module) => module.accountSections ?? []);
export const HOME_SECTIONS = MODULES.flatMap((module) => module.homeSections ?? []);

/** What the modules add to a lesson visit's page, in module order. */
export const LESSON_VISIT_SECTIONS = MODULES.flatMap((module) => module.lessonVisitSections ?? []);

/** The site header's menu, in the order the modules ask for. */
export const NAV_LINKS: readonly NavLink[] = MODULES.flatMap((module) => module.nav).sort((a, b) => a.order - b.order);
