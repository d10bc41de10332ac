/**
 * iCalendar (RFC 5545) content lines: TEXT escaping, UTC date-times and
 * line folding at 75 octets of UTF-8 — the small part of the format the
 * plan's calendar needs, written out so the library carries no iCalendar
 * dependency.
 */

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped,
 * every line break (CRLF, CR or LF) written `\n`, and the other control
 * characters, which TEXT does not allow (tab aside), replaced by spaces — as
 * are the line and paragraph separators (U+2028, U+2029) and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which would break or reverse the lines a calendar shows.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ')
  );
}

/** UTF-8 length of one code point. */
const octets = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** Lines of at most 75 octets, CRLF excluded (RFC 5545 §3.1). */
const FOLD_OCTETS = 75;

/**
 * One content line folded (RFC 5545 §3.1): no physical line longer than 75
 * octets of UTF-8, each continuation starting with one space (which counts
 * toward its 75), and never a fold inside a character's octets. Returns the
 * physical lines joined by CRLF, without a final CRLF.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0) ?? 0);
    if (size + n > FOLD_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/** A property line: `NAME;PARAM=value:value`, folded. `value` must already be escaped. */
export function property(
  name: string,
  value: string,
  params: Readonly<Record<string, string>> = {},
): string {
  const p = Object.entries(params)
    .map(([k, v]) => `;${k}=${v}`)
    .join('');
  return foldLine(`${name}${p}:${value}`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A DATE-TIME in UTC, `YYYYMMDDTHHMMSSZ` (seconds truncated, as iCalendar has no fractions). */
export function utcDateTime(epochMs: number): string {
  const d = new Date(Math.floor(epochMs / 1000) * 1000);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** A DATE, `YYYYMMDD`, from a local date `YYYY-MM-DD`. */
export const icalDate = (localDate: string) => localDate.replace(/-/g, '');
