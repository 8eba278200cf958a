// Runs nginx, as deploy/nginx/resolution-tracker.conf configures it, in front of a running app: on
// loopback ports, as the current user, with its pid file, logs, temp files and cache in a temporary
// folder and a self-signed certificate. Only what cannot run unprivileged in a test is rewritten
// (ports, paths, certificate); each rewrite must find its line, so the recipe and the test agree.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { freePort, projectRoot } from './server-harness';

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file)) ?? null;
export const recipeFile = path.join(projectRoot, 'deploy/nginx/resolution-tracker.conf');
export const bodyLimitFile = path.join(projectRoot, 'deploy/nginx/body-limit.conf');

export type RunningNginx = {
  url: string;
  httpUrl: string;
  port: number;
  errorLog: () => string;
  stop: () => Promise<void>;
};

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`deploy/nginx/resolution-tracker.conf no longer contains: ${from}`);
  return text.split(from).join(to);
}

/** The recipe with this test's ports and paths. */
export function renderRecipe(options: { dir: string; appPort: number; httpPort: number; httpsPort: number }): string {
  const { dir, appPort, httpPort, httpsPort } = options;
  let conf = readFileSync(recipeFile, 'utf8');
  conf = replaceOnce(conf, '/var/cache/nginx/resolution-tracker', path.join(dir, 'cache'));
  conf = replaceOnce(conf, 'server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`);
  conf = replaceOnce(conf, 'listen 80;', `listen 127.0.0.1:${httpPort};`);
  conf = replaceOnce(conf, 'listen [::]:80;\n', '');
  conf = replaceOnce(conf, 'listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`);
  conf = replaceOnce(conf, 'listen [::]:443 ssl http2;\n', '');
  conf = replaceOnce(conf, '/etc/letsencrypt/live/tracker.example.org/fullchain.pem', path.join(dir, 'cert.pem'));
  conf = replaceOnce(conf, '/etc/letsencrypt/live/tracker.example.org/privkey.pem', path.join(dir, 'key.pem'));
  conf = replaceOnce(conf, 'include snippets/resolution-tracker-body-limit.conf;', `include ${bodyLimitFile};`);
  conf = replaceOnce(conf, '/srv/resolution-tracker/.next/static/', `${path.join(projectRoot, '.next/static')}/`);
  return conf;
}

/** `count` distinct ports free right now (each held while the next is chosen). */
export async function reservePorts(count: number): Promise<number[]> {
  const { createServer } = await import('node:net');
  const held = [];
  const ports: number[] = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    ports.push(port);
    held.push(createServer().listen(port, '127.0.0.1'));
  }
  await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Starts nginx on `httpPort` and `httpsPort` in front of the app on `appPort`; resolves once it answers. */
export async function startNginx(
  dir: string,
  ports: { appPort: number; httpPort: number; httpsPort: number },
): Promise<RunningNginx> {
  const { appPort, httpPort, httpsPort } = ports;
  if (!nginxBinary) throw new Error('nginx is not installed (apt-get install -y nginx-light)');
  mkdirSync(dir, { recursive: true });
  const cert = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'].concat([
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ]),
    { encoding: 'utf8' },
  );
  if (cert.status !== 0) throw new Error(`openssl failed: ${cert.stderr}`);
  writeFileSync(path.join(dir, 'site.conf'), renderRecipe({ dir, appPort, httpPort, httpsPort }));
  const temp = (name: string) => path.join(dir, name);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      // As root (a CI container) the workers would otherwise switch to a user that cannot read here.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${temp('nginx.pid')};`,
      `error_log ${temp('error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  client_body_temp_path ${temp('body')};`,
      `  proxy_temp_path ${temp('proxy')};`,
      `  fastcgi_temp_path ${temp('fastcgi')};`,
      `  uwsgi_temp_path ${temp('uwsgi')};`,
      `  scgi_temp_path ${temp('scgi')};`,
      `  include ${temp('site.conf')};`,
      '}',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    nginxBinary,
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', temp('error.log')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.once('exit', () => child.kill('SIGKILL'));
  const errorLog = () => {
    try {
      return readFileSync(temp('error.log'), 'utf8') + output;
    } catch {
      return output;
    }
  };
  const url = `https://127.0.0.1:${httpsPort}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${errorLog()}`);
    const status = await tlsRequest(`${url}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer within 20 s:\n${errorLog()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    port: httpsPort,
    errorLog,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}

/**
 * Starts an upload of `bytes` (declared) and resolves with the status of the first answer and its
 * body, without sending the whole body: a proxy that checks the declared size answers at once.
 */
export function tlsUpload(
  url: string,
  headers: Record<string, string>,
  bytes: number,
): Promise<TlsResponse & { ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const request = https.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(bytes) },
        rejectUnauthorized: false,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
            ms: Date.now() - started,
          });
          request.destroy();
        });
      },
    );
    request.on('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error('timeout')));
    request.write(Buffer.alloc(64 * 1024, 'a'));
  });
}

export type TlsResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** One HTTPS request that accepts the test's self-signed certificate. */
export function tlsRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<TlsResponse> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, rejectUnauthorized: false, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error('timeout')));
    request.end(options.body);
  });
}
