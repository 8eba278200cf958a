import { Worker } from 'node:worker_threads';

// Hashes made before argon2id (bcrypt, "$2a$/$2b$…") keep working, but bcryptjs is pure
// JavaScript: run on the main thread, each compare (~350 ms at cost 12) would stop every other
// request. It runs in one worker thread instead; the hash is upgraded at the next good login.
// The worker's code is a string evaluated by Node itself (not bundled), so `require` resolves
// bcryptjs from the working directory, the project root, as the seed and migrations do.
const source = `
const { parentPort } = require('node:worker_threads');
const bcrypt = require('bcryptjs');
parentPort.on('message', ({ id, password, hash }) => {
  let ok = false;
  try { ok = bcrypt.compareSync(password, hash); } catch { ok = false; }
  parentPort.postMessage({ id, ok });
});
`;

type Pending = Map<number, { resolve: (ok: boolean) => void; reject: (error: Error) => void }>;
let worker: Worker | null = null;
const pending: Pending = new Map();
let nextId = 1;

function failAll(error: Error): void {
  worker = null;
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
}

function bcryptWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(source, { eval: true });
  created.unref();
  created.on('message', ({ id, ok }: { id: number; ok: boolean }) => {
    pending.get(id)?.resolve(ok);
    pending.delete(id);
    if (pending.size === 0) created.unref();
  });
  created.on('error', (error) => failAll(error));
  created.on('exit', () => failAll(new Error('bcrypt worker exited')));
  worker = created;
  return created;
}

export function isBcryptHash(hash: string): boolean {
  return /^\$2[abxy]\$\d\d\$/.test(hash);
}

/** bcrypt compare in the worker thread. */
export function verifyBcrypt(password: string, hash: string): Promise<boolean> {
  const target = bcryptWorker();
  const id = nextId++;
  return new Promise<boolean>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Held while a compare is in flight, so a script waits for its answer.
    target.ref();
    target.postMessage({ id, password, hash });
  });
}
