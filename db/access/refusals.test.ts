// Integration (15.6): a refused call leaves a trace, and audit rows carry the client's address.
// The guarded wrappers (authedAction, authedRoute) put each request's address and name in the
// request scope and log every refusal through logRefusal; e2e/ops-refusal-trace.spec.ts replays
// the officer's call of the chair's approve action against the built server.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getSqlite } from '@/db/client';
import { AuthError } from '@/lib/auth/auth-error';
import { setLogSink } from '@/lib/log';
import { runInRequestScope, type RequestScope } from '@/lib/request-scope';
import { insertUpdate } from '@/test/update-rows';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { approveUpdates } from './approvals';
import { logRefusal } from './refusal-log';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => {} }));

let fx: Fixture;
let lines: Record<string, unknown>[];
beforeAll(() => {
  fx = createWorkflowFixture();
});
afterAll(() => fx.cleanup());
afterEach(() => setLogSink(null));

const approveScope: RequestScope = { ip: '203.0.113.7', kind: 'action', name: '/approvals', actionId: '40c0ffee' };
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('a refusal is one log line', () => {
  it('names the action, the reason, the status and the address', async () => {
    lines = [];
    setLogSink((_stream, line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    await runInRequestScope(approveScope, () => logRefusal(new AuthError(403)));
    await runInRequestScope({ ip: 'direct', kind: 'route', name: 'GET /api/reports/docx' }, () =>
      logRefusal(new AuthError(401)),
    );
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        event: 'access.refused',
        entity: 'request',
        details: {
          reason: 'role',
          status: 403,
          role: null,
          kind: 'action',
          name: '/approvals',
          actionId: '40c0ffee',
          ip: '203.0.113.7',
        },
      }),
      expect.objectContaining({
        event: 'access.refused',
        details: {
          reason: 'no_session',
          status: 401,
          role: null,
          kind: 'route',
          name: 'GET /api/reports/docx',
          ip: 'direct',
        },
      }),
    ]);
  });
});

describe('audit rows carry the client’s address', () => {
  it('an approval served in a request scope stores the request’s address on its audit row', async () => {
    const id = insertUpdate(getSqlite(), {
      kind: 'target',
      subjectCode: '2.1.05',
      period: '2023-Q3',
      state: 'submitted',
    });
    runInRequestScope(approveScope, () => approveUpdates(fx.user('bithu'), [{ id, version: 1 }]));
    await settled();
    const audit = getSqlite()
      .prepare("SELECT action, ip FROM audit_log WHERE entity_type = 'update' AND entity_id = ? ORDER BY id DESC")
      .get(id);
    expect(audit).toEqual({ action: 'update.approve', ip: '203.0.113.7' });
  });

  it('outside a request (a script) the row has no address unless the caller gives one', async () => {
    const id = insertUpdate(getSqlite(), {
      kind: 'target',
      subjectCode: '2.1.05',
      period: '2023-Q4',
      state: 'submitted',
    });
    approveUpdates(fx.user('bithu'), [{ id, version: 1 }]);
    await settled();
    expect(
      getSqlite().prepare("SELECT ip FROM audit_log WHERE entity_type = 'update' AND entity_id = ?").get(id),
    ).toEqual({ ip: null });
  });
});
