// The longest texts the server takes (src/modules/board/core: board.cpp, goals.cpp;
// kernel/validation.h for names). Forms check them before sending, so a text
// over a limit is refused with the limit named instead of cut off by maxlength.
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
