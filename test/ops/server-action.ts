// Calls a server action of the build over HTTP the way the browser does (React's encodeReply of
// the form, Next-Action header), for load and fault tests that need many real state changes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './server-harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** The id of the action exported as `name` from a file whose path contains `fileHint`. */
export function actionId(name: string, fileHint = ''): string {
  const manifest = JSON.parse(
    readFileSync(path.join(projectRoot, '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as Manifest;
  const match = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === name && (entry.filename ?? '').includes(fileHint),
  );
  if (!match) throw new Error(`no server action ${name} (${fileHint}) in this build`);
  return match[0];
}

export type ActionOutcome = {
  status: number;
  /** The action's returned state ({ ok, message, … }) when it returned one. */
  state: { ok: boolean; message: string | null; fieldErrors?: Record<string, string> } | null;
  /** Where the action redirected, when it did. */
  redirect: string | null;
};

const initialState = { ok: false, message: null, fieldErrors: {}, values: {} };

/** Submits `fields` to a useActionState form action posted from page `pagePath`. */
export async function callFormAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  fields: Record<string, string>,
  cookie: string,
  /** More request headers (a proxy's X-Forwarded-For). */
  extraHeaders: Record<string, string> = {},
): Promise<ActionOutcome> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const body = await encodeReply([initialState, form]);
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: 'POST',
    headers: { 'next-action': id, accept: 'text/x-component', cookie, origin: baseUrl, ...extraHeaders },
    body: body as FormData | string,
    redirect: 'manual',
  });
  const text = await response.text();
  const redirect = response.headers.get('x-action-redirect')?.split(';')[0] ?? null;
  // The flight response's row 1 is the action's return value.
  const row = /^1:(\{.*\})$/m.exec(text)?.[1];
  let state: ActionOutcome['state'] = null;
  if (row) {
    try {
      state = JSON.parse(row) as ActionOutcome['state'];
    } catch {
      state = null;
    }
  }
  return { status: response.status, state, redirect };
}
