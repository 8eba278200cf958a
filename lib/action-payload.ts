/**
 * A first look at a server action's payload in proxy.ts, before Next decodes it. Next answers
 * every payload its decoder cannot read with 500 (and a payload nested thousands deep overflows
 * the decoder's stack); the shapes React's encodeReply produces are simple, so whatever is
 * plainly not one of them is refused here with 400. Lenient on purpose: a payload that passes
 * still meets Next's own checks, this only turns "malformed" into a client error.
 *
 * encodeReply sends either one JSON row (text/plain) or multipart form data whose fields are
 * JSON rows under hexadecimal ids ("0" is the root: the argument list), form entries under
 * "_<id>_<name>", stream chunks under "S<id>" and files.
 */

export const maxPayloadDepth = 64;

/** Deepest nesting of arrays and objects in `value`, counted without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > maxPayloadDepth) return deepest;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function jsonProblem(text: string, mustBeArray: boolean): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'a row is not JSON';
  }
  if (mustBeArray && !Array.isArray(value)) return 'the arguments are not a list';
  return depthOf(value) > maxPayloadDepth ? 'nested too deeply' : null;
}

const rowKey = /^[0-9a-f]+$/;

/** Why the action request's body is malformed, or null when it has a plausible shape. */
export async function actionPayloadProblem(request: Request): Promise<string | null> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return 'the multipart body does not parse';
    }
    const root = form.get('0');
    if (typeof root !== 'string') return 'no argument list';
    for (const [key, value] of form) {
      if (typeof value !== 'string' || !rowKey.test(key)) continue;
      const problem = jsonProblem(value, key === '0');
      if (problem) return problem;
    }
    return null;
  }
  return jsonProblem(await request.text(), true);
}
