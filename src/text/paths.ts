/**
 * Paths of issues, written from the root `$` (`$.interviews[0].id`) and read
 * back into keys and indexes (`['interviews', 0, 'id']`).
 */

/** Characters of a key a path shows; a longer key (never a field's name) is cut, with `…`. */
const MAX_KEY = 64;

/**
 * Writes a path of keys and indexes from the root: `$.interviews[0].id`. A
 * key longer than 64 characters — an unknown key sent by someone — is cut to
 * its first 64, followed by `…`, so an error never carries it whole.
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && s.length <= MAX_KEY && /^[A-Za-z_$][\w$]*$/.test(s)) {
      out += `.${s}`;
    } else {
      const key = String(s);
      const shown = key.length > MAX_KEY ? `${key.slice(0, MAX_KEY)}…` : key;
      out += `[${JSON.stringify(shown)}]`;
    }
  }
  return out;
}

/** The segments of a path written by {@link formatPath} (`$.a[0]["b c"]` → `['a', 0, 'b c']`). */
export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const token = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  token.lastIndex = path.startsWith('$') ? 1 : 0;
  while (token.lastIndex < path.length) {
    const at = token.lastIndex;
    const m = token.exec(path);
    if (m === null) {
      out.push(path.slice(at));
      break;
    }
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3] as string) as string);
  }
  return out;
}
