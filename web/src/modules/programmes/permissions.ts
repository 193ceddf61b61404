// Which programme screens a signed-in person gets. The server decides every
// request (kernel/policy: manage_programmes; the enrolment rules); this only
// keeps links and forms away from people who cannot use them.
import type { Me } from '../../api/types';

export function isProgrammeStaff(me: Me | null): boolean {
  return !!me && (me.user.is_admin || me.memberships.some((m) => m.role === 'programmabeheerder'));
}

/** School leaders and bestuurders enrol themselves or colleagues. */
export function mayEnrol(me: Me | null): boolean {
  return !!me && me.memberships.some((m) => m.role === 'schoolleider' || m.role === 'bestuurder');
}
