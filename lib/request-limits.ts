/**
 * Refuses a request body by its declared size, before anything reads it: an oversized upload
 * costs the server a header check, not the upload's size in memory. For route handlers whose
 * bodies are far smaller than the app-wide limit (next.config.js refuses anything over that).
 */

/** Sign-in and other small forms posted to route handlers. */
export const formBodyLimitBytes = 64 * 1024;

const bodyless = new Set(['GET', 'HEAD', 'OPTIONS']);

function refusal(status: 400 | 411 | 413, message: string): Response {
  // Connection: close, so the rest of an upload the client keeps sending is not read.
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' },
  });
}

/** A 4xx response when the request's body is too large or its length is not declared; else null. */
export function refuseOversizedBody(request: Request, limitBytes: number): Response | null {
  if (bodyless.has(request.method)) return null;
  const declared = request.headers.get('content-length');
  if (declared === null) {
    // A streamed body of unknown length could be any size; browsers always declare forms' length.
    return request.headers.has('transfer-encoding') ? refusal(411, 'Yêu cầu phải khai báo độ dài nội dung.') : null;
  }
  const bytes = Number(declared);
  if (!Number.isSafeInteger(bytes) || bytes < 0) return refusal(400, 'Độ dài nội dung không hợp lệ.');
  if (bytes > limitBytes) return refusal(413, 'Nội dung gửi lên quá lớn.');
  return null;
}
