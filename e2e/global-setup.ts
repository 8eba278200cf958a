import { request, type FullConfig } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { accounts, storageStatePath } from './fixtures/accounts';
import { e2eSeedPassword } from '../playwright.config';

/** Signs every seeded account in once through next-auth's endpoints and saves its cookies. */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('baseURL missing');
  mkdirSync('test-results/.auth', { recursive: true });
  for (const username of accounts) {
    const context = await request.newContext({ baseURL });
    const { csrfToken } = await (await context.get('/api/auth/csrf')).json();
    const response = await context.post('/api/auth/callback/credentials', {
      form: { username, password: e2eSeedPassword, csrfToken, json: 'true' },
    });
    if (!response.ok()) throw new Error(`login ${username}: ${response.status()}`);
    const state = await context.storageState();
    if (!state.cookies.some((c) => c.name.endsWith('next-auth.session-token'))) {
      throw new Error(`login ${username}: no session cookie`);
    }
    await context.storageState({ path: storageStatePath(username) });
    await context.dispose();
  }
}
