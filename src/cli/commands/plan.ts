/**
 * `interview-followup plan <file|->`: the plan of one record, as text,
 * Markdown, JSON (exactly what `evaluate` returns) or iCalendar.
 */
import { formatPlan } from '../../render/format-plan.js';
import { toICalendar } from '../../render/icalendar.js';
import { colorEnabled, writeError } from '../color.js';
import {
  callOptions,
  EVALUATION_FLAGS,
  engineFlags,
  formatFlag,
  maxLineBytesFlag,
  parseFlags,
} from '../flags.js';
import { PLAN_HELP } from '../help.js';
import { type CliIo, describeFile, EXIT, readJson, UsageError, write } from '../io.js';
import { DEFAULT_MAX_LINE_BYTES } from '../lines.js';
import { errorJson } from './plan-errors.js';
import { planNdjson } from './plan-ndjson.js';

const FORMATS = ['text', 'markdown', 'json', 'ics'] as const;

/** Runs `plan`; returns the exit code. */
export async function planCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    'plan',
    args,
    {
      ...EVALUATION_FLAGS,
      format: { type: 'string', short: 'f', value: FORMATS.join(', ') },
      rules: { type: 'string', value: 'a rule file' },
      ndjson: { type: 'boolean' },
      'max-line-bytes': { type: 'string', value: 'a number of bytes' },
      help: { type: 'boolean', short: 'h' },
    },
    1,
  );
  if (values.help) {
    await write(io.stdout, PLAN_HELP);
    return EXIT.ok;
  }
  const file = positionals[0];
  if (file === undefined) {
    throw new UsageError('Name a record file, or - to read stdin.', 'plan');
  }
  const format = formatFlag(values.format, FORMATS, 'plan');
  if (values.ndjson && values.format !== undefined && format !== 'json') {
    throw new UsageError('--ndjson writes JSON plans only: leave out --format.', 'plan');
  }
  const options = callOptions(values, 'plan');
  const engine = await engineFlags(values, io, 'plan');
  const maxLineBytes = maxLineBytesFlag(values['max-line-bytes']);
  if (maxLineBytes !== undefined && !values.ndjson) {
    throw new UsageError('--max-line-bytes applies to --ndjson only.', 'plan');
  }
  if (values.ndjson) {
    return planNdjson(file, engine, options, io, maxLineBytes ?? DEFAULT_MAX_LINE_BYTES);
  }

  const record = await readJson(file, io, describeFile(file));
  let plan: Awaited<ReturnType<typeof engine.evaluate>>;
  try {
    plan = await engine.evaluate(record, options);
  } catch (error) {
    const json = errorJson(error);
    const name = file === '-' ? 'stdin' : file;
    const { issues, omittedIssues = 0 } = json.error;
    const n = issues.length + omittedIssues;
    const lines = [
      `${name}: ${n} problem${n === 1 ? '' : 's'} (${json.error.name})`,
      ...issues.map((i) => `${name} ${i.path}: ${i.message}`),
      ...(omittedIssues > 0 ? [`${name}: … and ${omittedIssues} more.`] : []),
    ];
    await writeError(io, lines.join('\n'));
    return EXIT.invalid;
  }
  if (format === 'json') await write(io.stdout, `${JSON.stringify(plan, null, 2)}\n`);
  else if (format === 'ics') await write(io.stdout, toICalendar(plan));
  else await write(io.stdout, formatPlan(plan, { format, color: colorEnabled(io, 'stdout') }));
  return EXIT.ok;
}
