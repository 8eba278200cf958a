// A POST of `bytes` bytes written as fast as the server takes them, with the declared length (or,
// with `chunked`, none: sent chunked), to see how the server answers an upload it should refuse. Resolves with the status (0 when the
// server closed the connection without answering) and the time to the answer.
import http from 'node:http';

export type RawResult = { status: number; ms: number; bytesWritten: number };

export function postRaw(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
  bytes: number,
  body?: Buffer,
  { chunked = false }: { chunked?: boolean } = {},
): Promise<RawResult> {
  const url = new URL(baseUrl);
  const started = Date.now();
  const payload = body ?? Buffer.alloc(64 * 1024, 'a');
  return new Promise((resolve) => {
    let written = 0;
    let done = false;
    const finish = (status: number) => {
      if (done) return;
      done = true;
      resolve({ status, ms: Date.now() - started, bytesWritten: written });
      request.destroy();
    };
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        headers: chunked ? headers : { ...headers, 'content-length': String(bytes) },
      },
      (response) => {
        response.resume();
        finish(response.statusCode ?? 0);
      },
    );
    // The server may close the socket while we still write and answer just after: wait for it.
    request.on('error', () => setTimeout(() => finish(0), 1000));
    request.setTimeout(30_000, () => finish(0));
    const pump = () => {
      while (written < bytes && !done) {
        const part = body ? payload : payload.subarray(0, Math.min(payload.length, bytes - written));
        written += part.length;
        if (!request.write(part)) return void request.once('drain', pump);
      }
      if (!done) request.end();
    };
    pump();
  });
}
