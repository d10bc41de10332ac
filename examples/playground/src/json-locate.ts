/**
 * Where a path points in a JSON text: so an issue at `$.interviews[0].startsAt`
 * can select that value in the record editor. Only for texts `JSON.parse`
 * accepted (it does not check syntax).
 */

/** A span of the text, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The span of the value at `segments`, or of the deepest value on the way
 * to it that exists (a missing field points at its object).
 */
export function locate(text: string, segments: readonly (string | number)[]): Span | undefined {
  const spans = new Map<string, Span>();
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: readonly (string | number)[]): void => {
    space();
    const start = i;
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      let index = 0;
      while (i < text.length && text[i] !== close) {
        if (c === '{') {
          const key = string();
          space();
          i++; // the colon
          value([...path, key]);
        } else {
          value([...path, index++]);
        }
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (c === '"') {
      string();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i] ?? '')) i++;
    }
    spans.set(JSON.stringify(path), { start, end: i });
  };
  try {
    value([]);
  } catch {
    return undefined;
  }
  for (let n = segments.length; n >= 0; n--) {
    const span = spans.get(JSON.stringify(segments.slice(0, n)));
    if (span) return span;
  }
  return undefined;
}
