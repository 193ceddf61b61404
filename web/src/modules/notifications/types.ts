// Shapes of the notifications part of the JSON API v1 (docs/API.md, "Mail about
// my work"). Field names follow the wire format.

/** What a mail is about; each can be switched off by the person it goes to. */
export type Topic = 'action_assigned' | 'obstacle_answered' | 'overdue_digest';

export const TOPICS: readonly Topic[] = ['action_assigned', 'obstacle_answered', 'overdue_digest'];

/** GET/PATCH /me/notifications: one switch per topic, each on until switched off. */
export type MailPreferences = Record<Topic, boolean>;
