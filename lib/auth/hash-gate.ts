import { authConfig } from './auth-config';

/** Thrown when every password-check slot is taken and the queue is full: the caller says "busy". */
export class HashBusyError extends Error {
  constructor() {
    super('password checks are saturated');
    this.name = 'HashBusyError';
  }
}

type Gate = { running: number; waiting: (() => void)[] };

// One gate per process, whichever bundle of Next's loaded this module (route handlers and
// server actions may each get their own copy of a module).
const key = Symbol.for('resolution-tracker.hash-gate');
const holder = globalThis as typeof globalThis & { [key]?: Gate };
const gate: Gate = (holder[key] ??= { running: 0, waiting: [] });

/**
 * Runs `work` (one password hash or verification) when one of AUTH_HASH_CONCURRENCY slots is
 * free, after at most AUTH_HASH_QUEUE others; beyond that it throws HashBusyError at once. A
 * storm of sign-ins then costs a bounded share of the thread pool and never piles up memory or
 * latency: the rest of the server keeps its event loop and its remaining pool threads.
 */
export async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  const { AUTH_HASH_CONCURRENCY, AUTH_HASH_QUEUE } = authConfig();
  if (gate.running < AUTH_HASH_CONCURRENCY) {
    gate.running += 1;
  } else {
    if (gate.waiting.length >= AUTH_HASH_QUEUE) throw new HashBusyError();
    // The slot is handed over by the one finishing (running stays the same).
    await new Promise<void>((resolve) => gate.waiting.push(resolve));
  }
  try {
    return await work();
  } finally {
    const next = gate.waiting.shift();
    if (next) next();
    else gate.running -= 1;
  }
}

/** For tests and the health of the gate: how many checks run and wait right now. */
export function hashGateLoad(): { running: number; waiting: number } {
  return { running: gate.running, waiting: gate.waiting.length };
}
