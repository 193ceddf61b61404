// The design editor's pure parts: what a save sends (only the parts changed since the version it was made on,
// so a co-author's save of other parts merges on the server) and what a form holds.
import type { DesignContent, DesignPart, LessonDesign } from './types';

export const PARTS: readonly DesignPart[] = ['title', 'lesson_goal', 'criteria', 'phases', 'group_name', 'subject', 'planned_on', 'links', 'status'];

/** A copy of the design's content to edit. */
export function contentOf(design: LessonDesign): DesignContent {
  return {
    title: design.title, lesson_goal: design.lesson_goal, criteria: [...design.criteria],
    phases: design.phases.map((p) => ({ ...p })), group_name: design.group_name, subject: design.subject,
    planned_on: design.planned_on, links: design.links.map((l) => ({ ...l })), status: design.status,
  };
}

/** The parts of `edited` that differ from `base`; empty criteria and links lines are left out. */
export function changedParts(base: DesignContent, edited: DesignContent): Partial<DesignContent> {
  const cleaned: DesignContent = {
    ...edited,
    criteria: edited.criteria.filter((c) => c.trim() !== ''),
    links: edited.links.filter((l) => l.url.trim() !== ''),
    planned_on: edited.planned_on || null,
  };
  const out: Partial<DesignContent> = {};
  for (const part of PARTS) {
    if (JSON.stringify(base[part]) !== JSON.stringify(cleaned[part])) Object.assign(out, { [part]: cleaned[part] });
  }
  return out;
}
