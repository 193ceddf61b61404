import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { openInvitationOf } from './invitations';

describe('openInvitationOf', () => {
  const open = { id: 7, email: 'a@b.nl', expires_at: '2026-12-01T10:00:00Z' };

  it('finds the open invitation a refused second invitation carries', () => {
    expect(openInvitationOf(new ApiError(409, 'already_exists', 'open', 'email', open))).toEqual(open);
  });

  it('finds none when the person already holds the role or the refusal is another', () => {
    expect(openInvitationOf(new ApiError(409, 'already_exists', 'holds', 'email'))).toBeNull();
    expect(openInvitationOf(new ApiError(409, 'conflict', 'stale', 'email', open))).toBeNull();
    expect(openInvitationOf(new Error('boom'))).toBeNull();
  });
});
