// One autocannon run against one URL, reduced to the figures the benchmark reports.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

/** CPU time (user + system, ms) a process has used: a cost per request that other load on the machine barely changes. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

export type LoadResult = {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  non2xx: number;
  errors: number;
  /** Server CPU time per request (ms), when the server's pid was given. */
  cpuMsPerRequest?: number;
  /** Mean size of a response on the wire (headers and body), kB. */
  kbPerResponse: number;
  /** The group whose first row is this row's baseline: the app alone, or behind nginx. */
  baseline?: 'app' | 'nginx' | 'workspace';
  ratioToBaseline?: number;
};

export async function load(
  name: string,
  baseUrl: string,
  path: string,
  options: { connections: number; duration: number; headers?: Record<string, string>; serverPid?: number },
): Promise<LoadResult> {
  const cpuBefore = options.serverPid ? cpuMs(options.serverPid) : 0;
  const result = await autocannon({
    url: `${baseUrl}${path}`,
    connections: options.connections,
    duration: options.duration,
    headers: options.headers,
    timeout: 30,
  });
  return {
    name,
    path,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    kbPerResponse:
      result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total / 102.4) / 10 : 0,
    ...(options.serverPid && result.requests.total > 0
      ? { cpuMsPerRequest: Math.round(((cpuMs(options.serverPid) - cpuBefore) / result.requests.total) * 100) / 100 }
      : {}),
  };
}

/** Fixed-width table for the terminal. */
export function formatTable(rows: LoadResult[]): string {
  const header = [
    'target',
    'path',
    'req/s',
    'p50 ms',
    'p99 ms',
    'vs baseline',
    'CPU ms/req',
    'kB/resp',
    'non-2xx',
    'errors',
  ];
  const lines = rows.map((r) => [
    r.name,
    r.path.length > 40 ? `${r.path.slice(0, 37)}...` : r.path,
    String(r.requestsPerSecond),
    String(r.p50Ms),
    String(r.p99Ms),
    r.ratioToBaseline === undefined ? '' : `${Math.round(r.ratioToBaseline * 100)} %`,
    r.cpuMsPerRequest === undefined ? '' : r.cpuMsPerRequest.toFixed(2),
    r.kbPerResponse.toFixed(1),
    String(r.non2xx),
    String(r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [row(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(row)].join('\n');
}
