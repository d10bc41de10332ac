/**
 * The runnable blocks of a Markdown text (```ts run), and the lines each
 * shows it prints (`// → text`). See test/docs/readme-blocks.test.ts.
 */
export interface Block {
  readonly line: number;
  readonly code: string;
  readonly expected: readonly string[];
}

/** The ```ts run blocks of a Markdown text, with the line each starts on. */
export function runnableBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== '```ts run') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== '```') end++;
    const code = lines.slice(start, end).join('\n');
    const expected = lines.slice(start, end).flatMap((l) => {
      const m = /^\s*\/\/ → (.*)$/.exec(l);
      return m ? [m[1] as string] : [];
    });
    blocks.push({ line: start, code, expected });
    i = end;
  }
  return blocks;
}
