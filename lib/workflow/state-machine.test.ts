import { describe, expect, it } from 'vitest';
import type { UpdateState } from '@/lib/domain';
import { isEditableState, isValidReturnReason, transition, type WorkflowActor } from './state-machine';

const officer: WorkflowActor = { role: 'officer', organizationId: 5 };
const otherOfficer: WorkflowActor = { role: 'officer', organizationId: 6 };
const chair: WorkflowActor = { role: 'chair', organizationId: null };
const admin: WorkflowActor = { role: 'admin', organizationId: null };
const own = (state: UpdateState) => ({ state, organizationId: 5 });

describe('author transitions', () => {
  it('creates a draft or submits a new update', () => {
    expect(transition('save', officer, null)).toEqual({ ok: true, to: 'draft' });
    expect(transition('submit', officer, null)).toEqual({ ok: true, to: 'submitted' });
  });

  it('edits and submits a draft', () => {
    expect(transition('save', officer, own('draft'))).toEqual({ ok: true, to: 'draft' });
    expect(transition('submit', officer, own('draft'))).toEqual({ ok: true, to: 'submitted' });
  });

  it('edits a returned update back into a draft, or resubmits it', () => {
    expect(transition('save', officer, own('returned'))).toEqual({ ok: true, to: 'draft' });
    expect(transition('submit', officer, own('returned'))).toEqual({ ok: true, to: 'submitted' });
  });

  it('refuses to let the author change a submitted update', () => {
    expect(transition('save', officer, own('submitted'))).toEqual({ ok: false, code: 'locked_submitted' });
    expect(transition('submit', officer, own('submitted'))).toEqual({ ok: false, code: 'locked_submitted' });
  });

  it('never changes an approved update', () => {
    expect(transition('save', officer, own('approved'))).toEqual({ ok: false, code: 'immutable_approved' });
    expect(transition('submit', officer, own('approved'))).toEqual({ ok: false, code: 'immutable_approved' });
  });

  it("hides another organization's update", () => {
    expect(transition('save', otherOfficer, own('draft'))).toEqual({ ok: false, code: 'not_found' });
    expect(transition('submit', otherOfficer, own('returned'))).toEqual({ ok: false, code: 'not_found' });
  });

  it('refuses the chair, the administrator and an officer without an organization', () => {
    expect(transition('save', chair, null)).toEqual({ ok: false, code: 'forbidden' });
    expect(transition('submit', admin, own('draft'))).toEqual({ ok: false, code: 'forbidden' });
    expect(transition('save', { role: 'officer', organizationId: null }, null)).toEqual({
      ok: false,
      code: 'forbidden',
    });
  });
});

describe('chair transitions', () => {
  it('approves a submitted update', () => {
    expect(transition('approve', chair, own('submitted'))).toEqual({ ok: true, to: 'approved' });
  });

  it('returns a submitted update only with a reason', () => {
    expect(transition('return', chair, own('submitted'), 'Thiếu nguồn số liệu')).toEqual({ ok: true, to: 'returned' });
    expect(transition('return', chair, own('submitted'))).toEqual({ ok: false, code: 'reason_required' });
    expect(transition('return', chair, own('submitted'), '')).toEqual({ ok: false, code: 'reason_required' });
    expect(transition('return', chair, own('submitted'), ' \n\t ')).toEqual({ ok: false, code: 'reason_required' });
  });

  it('refuses to approve or return a draft or a returned update', () => {
    expect(transition('approve', chair, own('draft'))).toEqual({ ok: false, code: 'not_submitted' });
    expect(transition('return', chair, own('draft'), 'x')).toEqual({ ok: false, code: 'not_submitted' });
    expect(transition('approve', chair, own('returned'))).toEqual({ ok: false, code: 'already_returned' });
  });

  it('refuses a second approval and a return after approval', () => {
    expect(transition('approve', chair, own('approved'))).toEqual({ ok: false, code: 'already_approved' });
    expect(transition('return', chair, own('approved'), 'x')).toEqual({ ok: false, code: 'already_approved' });
  });

  it('refuses an officer or the administrator approving, even their own update', () => {
    expect(transition('approve', officer, own('submitted'))).toEqual({ ok: false, code: 'forbidden' });
    expect(transition('return', officer, own('submitted'), 'x')).toEqual({ ok: false, code: 'forbidden' });
    expect(transition('approve', admin, own('submitted'))).toEqual({ ok: false, code: 'forbidden' });
  });

  it('cannot approve what does not exist', () => {
    expect(transition('approve', chair, null)).toEqual({ ok: false, code: 'missing' });
  });
});

describe('helpers', () => {
  it('knows which states the author may edit', () => {
    expect(['draft', 'submitted', 'approved', 'returned'].filter((s) => isEditableState(s as UpdateState))).toEqual([
      'draft',
      'returned',
    ]);
  });

  it('bounds a return reason at 2000 characters', () => {
    expect(isValidReturnReason('a'.repeat(2000))).toBe(true);
    expect(isValidReturnReason('a'.repeat(2001))).toBe(false);
    expect(isValidReturnReason(null)).toBe(false);
  });
});
