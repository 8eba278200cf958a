// Starts the production server on a fresh database for the Playwright run.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const dbFile = path.resolve(process.env.DATABASE_PATH || 'data/e2e/app.db');
rmSync(path.dirname(dbFile), { recursive: true, force: true });

const child = spawn('npm', ['start'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
