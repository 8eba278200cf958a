import { describe, expect, it } from 'vitest';
import { actionPayloadProblem, maxPayloadDepth } from '@/lib/action-payload';

// The encoder the browser uses for server action arguments (React's, as bundled by Next).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

function asRequest(body: string | FormData): Request {
  return new Request('http://localhost/approvals', {
    method: 'POST',
    headers: {
      'next-action': '7f'.repeat(21),
      ...(typeof body === 'string' ? { 'content-type': 'text/plain;charset=UTF-8' } : {}),
    },
    body,
  });
}

const initialState = { ok: false, message: null, fieldErrors: {}, values: {} };

describe('actionPayloadProblem accepts what the browser sends', () => {
  it('a form submitted through useActionState', async () => {
    const form = new FormData();
    form.set('id', '42');
    form.set('version', '3');
    form.set('$ACTION_ID_abc', '');
    form.set('reason', 'Số liệu chưa khớp với báo cáo quý — đề nghị rà soát lại.');
    const encoded = await encodeReply([initialState, form]);
    expect(encoded).toBeInstanceOf(FormData);
    expect(await actionPayloadProblem(asRequest(encoded))).toBeNull();
  });

  it('a form with an evidence file', async () => {
    const form = new FormData();
    form.set('updateId', '7');
    form.set('file', new Blob([new Uint8Array(5000).fill(7)], { type: 'application/pdf' }), 'bien-ban.pdf');
    expect(await actionPayloadProblem(asRequest(await encodeReply([initialState, form])))).toBeNull();
  });

  it('plain arguments (one JSON row) and richer values', async () => {
    expect(await actionPayloadProblem(asRequest(await encodeReply([1, 'a', { b: [1, 2] }])))).toBeNull();
    expect(
      await actionPayloadProblem(asRequest(await encodeReply([new Date(0), 12n, undefined, new Map([['k', 1]])]))),
    ).toBeNull();
  });
});

describe('actionPayloadProblem refuses what no browser sends', () => {
  it.each([
    ['text that is not JSON', 'garbage{{'],
    ['JSON that is not an argument list', '{"a":1}'],
    ['an argument list nested thousands deep', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['an empty body', ''],
  ])('%s', async (_label, body) => {
    expect(await actionPayloadProblem(asRequest(body))).not.toBeNull();
  });

  it('multipart without an argument list, with a broken row, or that does not parse', async () => {
    const noRoot = new FormData();
    noRoot.set('_1_id', '2');
    expect(await actionPayloadProblem(asRequest(noRoot))).toBe('no argument list');

    const brokenRow = new FormData();
    brokenRow.set('0', '["$1"]');
    brokenRow.set('1', '{not json');
    expect(await actionPayloadProblem(asRequest(brokenRow))).toBe('a row is not JSON');

    const deep = new FormData();
    deep.set('0', `${'['.repeat(maxPayloadDepth + 1)}${']'.repeat(maxPayloadDepth + 1)}`);
    expect(await actionPayloadProblem(asRequest(deep))).toBe('nested too deeply');

    const truncated = new Request('http://localhost/approvals', {
      method: 'POST',
      headers: { 'next-action': '7f'.repeat(21), 'content-type': 'multipart/form-data; boundary=zz' },
      body: '--zz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[1',
    });
    expect(await actionPayloadProblem(truncated)).toBe('the multipart body does not parse');
  });
});
