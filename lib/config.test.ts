import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { config, ConfigError } from './config';

const names = ['PORT', 'DATABASE_PATH', 'NEXTAUTH_SECRET', 'NEXTAUTH_URL', 'TRUST_PROXY', 'BACKUP_DIR'] as const;
const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));

afterEach(() => {
  for (const name of names) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

function unset() {
  for (const name of names) delete process.env[name];
}

describe('config', () => {
  it('writes every default once', () => {
    unset();
    const c = config();
    expect(c.PORT).toBe(3000);
    expect(c.databaseFile).toBe(path.resolve('data/app.db'));
    expect(c.backupDir).toBe(path.resolve('data/backups'));
    expect(c.NEXTAUTH_URL).toBe('http://localhost:3000');
    expect(c.NEXTAUTH_SECRET).toBeUndefined();
    expect(c.TRUST_PROXY).toBe(false);
  });

  it('treats an empty value as unset and follows later changes of the environment', () => {
    unset();
    process.env.PORT = '';
    process.env.NEXTAUTH_SECRET = '';
    expect(config().PORT).toBe(3000);
    process.env.PORT = '4123';
    expect(config().NEXTAUTH_URL).toBe('http://localhost:4123');
    process.env.TRUST_PROXY = '1';
    expect(config().TRUST_PROXY).toBe(true);
    process.env.TRUST_PROXY = 'false';
    expect(config().TRUST_PROXY).toBe(false);
  });

  it('refuses a short secret, a bad port and a URL that is not http(s), naming each', () => {
    unset();
    process.env.NEXTAUTH_SECRET = 'short';
    process.env.PORT = 'eighty';
    process.env.NEXTAUTH_URL = 'ftp://example.org';
    expect(() => config()).toThrow(ConfigError);
    try {
      config();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/NEXTAUTH_SECRET: .*at least 32/);
      expect(message).toMatch(/PORT:/);
      expect(message).toMatch(/NEXTAUTH_URL:/);
    }
  });
});
