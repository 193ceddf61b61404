// What the board's forms check before sending. The longest texts the server takes
// (src/modules/board/core: board.cpp, goals.cpp; kernel/validation.h for names):
// a text over a limit is refused with the limit named instead of cut off by maxlength.
import { dateProblem, textProblem } from '../../ui/forms/validate';

export const LIMITS = {
  /** An action, success, obstacle, idea or agreement. */
  itemText: 500,
  /** An item's notes and the leadership's reply. */
  notes: 4000,
  /** A goal's title, students and measure; an ambition's title. */
  goalText: 300,
  /** A cycle's name. */
  name: 200,
  /** The retrospective's "what helped" and "what changes"; an ambition's description. */
  longText: 4000,
} as const;

/** A cycle's name and first and last day, a problem per field ('' when fine): for FormState.check. */
export function cycleChecks(name: string, startsOn: string, endsOn: string): Record<'name' | 'starts_on' | 'ends_on', string> {
  return {
    name: textProblem(name, LIMITS.name, true),
    starts_on: dateProblem(startsOn, true),
    ends_on: dateProblem(endsOn, true),
  };
}
