// The paths of the voice module; index.ts gives each its page. The student
// page is public and short: /s, with the code in the #fragment of the QR link.
import type { RouteDef } from '../../app/router/routes';

export const ROUTES = [
  { name: 'voiceHome', pattern: '/stem', public: false },
  { name: 'voiceRound', pattern: '/stem/rondes/:id', public: false, wide: true },
  { name: 'voiceStudent', pattern: '/s', public: true },
] as const satisfies readonly RouteDef[];

export type VoiceRouteName = (typeof ROUTES)[number]['name'];
