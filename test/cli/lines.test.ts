/** The NDJSON line reader: line ends, the cap, chunk boundaries. */
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/lines.js';

async function lines(chunks: (string | Uint8Array)[], max = 8) {
  const out: unknown[] = [];
  for await (const line of readLines(chunks, max)) {
    out.push(line.tooLong ? { tooLong: line.bytes } : line.text);
  }
  return out;
}

describe('readLines', () => {
  it('splits at LF, drops the CR of CRLF, keeps a last line without a line end', async () => {
    expect(await lines([])).toEqual([]);
    expect(await lines(['a\nb\r\n\nc'])).toEqual(['a', 'b', '', 'c']);
    expect(await lines(['a\n'])).toEqual(['a']);
    expect(await lines(['a\rb\n'])).toEqual(['a\rb']);
  });

  it('finds line ends across chunks', async () => {
    expect(await lines(['ab', 'c\r', '\nd', 'e\n', 'f'])).toEqual(['abc', 'de', 'f']);
  });

  it('gives the size of a line past the cap, not its text, and goes on', async () => {
    expect(await lines(['12345678\n123456789\r\nok'])).toEqual(['12345678', { tooLong: 9 }, 'ok']);
    expect(await lines(['1234', '5678', '9', '0\n', 'x'])).toEqual([{ tooLong: 10 }, 'x']);
    expect(await lines(['12345678\r'])).toEqual(['12345678']);
    expect(await lines(['123456789'])).toEqual([{ tooLong: 9 }]);
  });
});

describe('readText', () => {
  it('stops reading past its cap, with a usage error naming the file', async () => {
    const { readText, ReadError } = await import('../../src/cli/io.js');
    const { PassThrough, Readable } = await import('node:stream');
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.alloc(1024, 'x'));
      },
    });
    const io = {
      argv: [],
      stdin: endless,
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      env: {},
    };
    const error = await readText('-', io, 10 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as Error).message).toBe('Cannot read "-": it is larger than 10240 bytes.');
    expect(pulled).toBeLessThan(64);
    const ok = await readText('-', { ...io, stdin: Readable.from([Buffer.from('\ufeff{"a":1}')]) });
    expect(ok).toBe('{"a":1}');
  });
});
