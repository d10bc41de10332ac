/**
 * Lines of a byte stream, each held only up to a size cap: the NDJSON
 * reader's input. A line longer than the cap is not kept (its bytes are
 * counted and dropped as they arrive) and comes out as a {@link LongLine},
 * so one huge line — a file that is one big JSON array — costs no more memory
 * than the cap and leaves every later line readable. (`readline` holds a line
 * whole, and a line past V8's largest string, ~512 MiB, threw a `RangeError`
 * that ended the run.)
 *
 * A line ends at LF; a CR before the LF is not part of it (CRLF files). Lines
 * are decoded as UTF-8 once complete, so a character split across chunks
 * stays whole.
 */

/** Default cap on one line, in bytes (its line end aside): 64 MiB. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
/** The largest cap `--max-line-bytes` accepts: 256 MiB, well under V8's longest string. */
export const MAX_LINE_BYTES_LIMIT = 256 * 1024 * 1024;
/** The smallest cap `--max-line-bytes` accepts: 1 KiB. */
export const MIN_LINE_BYTES = 1024;

/** A line within the cap. */
export interface TextLine {
  readonly text: string;
  readonly tooLong?: undefined;
}

/** A line past the cap: only its size is known. */
export interface LongLine {
  readonly tooLong: true;
  /** Its size in bytes, line end aside. */
  readonly bytes: number;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of `input` (chunks of bytes or text), in order, each a
 * {@link TextLine} or, past `maxBytes`, a {@link LongLine}. A last line
 * without a line end counts; an empty input gives no line. Reads a chunk only
 * when the consumer asks for the next line, so a slow consumer holds the
 * stream back.
 */
export async function* readLines(
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<TextLine | LongLine> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let dropping = false;
  let last = -1;
  // Room for a CR before the LF: it is not part of the line.
  const keep = (part: Uint8Array) => {
    size += part.length;
    if (part.length > 0) last = part[part.length - 1] ?? -1;
    if (dropping) return;
    if (size > maxBytes + 1) {
      dropping = true;
      parts = [];
    } else if (part.length > 0) parts.push(part);
  };
  const finish = (): TextLine | LongLine => {
    let line: TextLine | LongLine;
    if (dropping) {
      line = { tooLong: true, bytes: last === CR ? size - 1 : size };
    } else {
      const bytes = Buffer.concat(parts, size);
      const end = size > 0 && bytes[size - 1] === CR ? size - 1 : size;
      line =
        end > maxBytes ? { tooLong: true, bytes: end } : { text: bytes.toString('utf8', 0, end) };
    }
    parts = [];
    size = 0;
    dropping = false;
    last = -1;
    return line;
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (;;) {
      const end = bytes.indexOf(LF, start);
      if (end === -1) {
        keep(bytes.subarray(start));
        break;
      }
      keep(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
  }
  if (size > 0) yield finish();
}
