/**
 * `interview-followup plan --ndjson <file|->`: one record a line in, one
 * JSON plan a line out, in order, streaming. Every output line starts with
 * `"line"`, the number of the input line it answers (1-based, blank lines
 * counted though they get no output line), then the plan's fields — or
 * `"error"` for a line that failed. Lines are read by `readLines`,
 * which reads the input only as lines are asked for and holds at most
 * `--max-line-bytes` of one line (64 MiB by default); each result is written
 * before the next line is evaluated, waiting for `drain` when stdout is full,
 * so memory stays flat whatever the number of lines — and whatever their
 * length: a line past the cap is answered with an error line of its own, and
 * every later line is still planned.
 */
import type { FollowUpEngine } from '../../engine.js';
import { RecordValidationError } from '../../errors.js';
import type { EvaluateOptions } from '../../options.js';
import { writeError } from '../color.js';
import { type CliIo, EXIT, openStream, ReadError, stripBom, write } from '../io.js';
import { readLines } from '../lines.js';
import { errorJson } from './plan-errors.js';

/** Progress on stderr at most this often (ms), and only on a terminal. */
const PROGRESS_MS = 250;

export async function planNdjson(
  file: string,
  engine: FollowUpEngine,
  options: EvaluateOptions,
  io: CliIo,
  maxLineBytes: number,
): Promise<number> {
  const input = await openStream(file, io);
  let readError: Error | undefined;
  input.once('error', (error) => {
    readError = error;
  });
  const progress = io.stderr.isTTY === true;
  let lineNumber = 0;
  let records = 0;
  let failed = 0;
  let shownAt = 0;
  const show = async (final: boolean) => {
    const text = `\r${records} record${records === 1 ? '' : 's'}, ${failed} failed`;
    await write(io.stderr, final ? `${text}\n` : text);
  };

  try {
    for await (const read of readLines(input, maxLineBytes)) {
      lineNumber += 1;
      let out: string;
      if (read.tooLong) {
        records += 1;
        failed += 1;
        const error = new RecordValidationError([
          {
            path: '$',
            code: 'too_big',
            message: `The line has ${read.bytes} bytes, more than the ${maxLineBytes} a line may have (--max-line-bytes): it was not read.`,
          },
        ]);
        out = JSON.stringify({ line: lineNumber, ...errorJson(error) });
      } else {
        const line = lineNumber === 1 ? stripBom(read.text) : read.text;
        if (line.trim() === '') continue;
        records += 1;
        try {
          const plan = await engine.evaluate(JSON.parse(line), options);
          out = JSON.stringify({ line: lineNumber, ...plan });
        } catch (error) {
          failed += 1;
          out = JSON.stringify({ line: lineNumber, ...errorJson(error) });
        }
      }
      await write(io.stdout, `${out}\n`);
      if (progress && Date.now() - shownAt >= PROGRESS_MS) {
        shownAt = Date.now();
        await show(false);
      }
    }
  } catch (error) {
    // The input failed while being read (a disk error, a broken pipe); the
    // errors of a record are answered above, on their line.
    if (readError === undefined) throw error;
    throw new ReadError(`Cannot read ${JSON.stringify(file)}: ${readError.message}`);
  }
  if (progress) await show(true);
  if (failed > 0) {
    await writeError(io, `${failed} of ${records} records failed: see their error lines.`);
    return EXIT.invalid;
  }
  return EXIT.ok;
}
