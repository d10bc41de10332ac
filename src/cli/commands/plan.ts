/**
 * `interview-followup plan <file|->`: the plan of one record, as text,
 * Markdown, JSON (exactly what `evaluate` returns) or iCalendar.
 */
import type { EvaluateOptions } from '../../options.js';
import { formatPlan } from '../../render/format-plan.js';
import { toICalendar } from '../../render/icalendar.js';
import {
  engineFlags,
  formatFlag,
  maxLineBytesFlag,
  nowFlag,
  parseFlags,
  zoneFlag,
} from '../flags.js';
import { PLAN_HELP } from '../help.js';
import { type CliIo, EXIT, readText, UsageError, useColor, write } from '../io.js';
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
      now: { type: 'string' },
      tz: { type: 'string' },
      locale: { type: 'string' },
      holidays: { type: 'string' },
      format: { type: 'string', short: 'f' },
      rules: { type: 'string' },
      ndjson: { type: 'boolean' },
      'max-line-bytes': { type: 'string' },
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
  const now = nowFlag(values.now, 'plan');
  const timeZone = zoneFlag(values.tz, 'plan');
  const engine = await engineFlags(values, io, 'plan');
  const options: EvaluateOptions = {
    ...(now !== undefined ? { now } : {}),
    ...(timeZone !== undefined ? { timeZone } : {}),
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
  };
  const maxLineBytes = maxLineBytesFlag(values['max-line-bytes']);
  if (maxLineBytes !== undefined && !values.ndjson) {
    throw new UsageError('--max-line-bytes applies to --ndjson only.', 'plan');
  }
  if (values.ndjson) {
    return planNdjson(file, engine, options, io, maxLineBytes ?? DEFAULT_MAX_LINE_BYTES);
  }

  const text = await readText(file, io, 'plan');
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    await write(io.stderr, `${describe(file)} is not valid JSON: ${(error as Error).message}\n`);
    return EXIT.invalid;
  }
  let plan: Awaited<ReturnType<typeof engine.evaluate>>;
  try {
    plan = await engine.evaluate(record, options);
  } catch (error) {
    const json = errorJson(error);
    const lines = json.error.issues.map((i) => `  ${i.path}: ${i.message}`);
    if (json.error.omittedIssues) lines.push(`  … and ${json.error.omittedIssues} more.`);
    const issues = lines.join('\n');
    await write(io.stderr, `${describe(file)}: ${json.error.name}\n${issues}\n`);
    return EXIT.invalid;
  }
  if (format === 'json') await write(io.stdout, `${JSON.stringify(plan, null, 2)}\n`);
  else if (format === 'ics') await write(io.stdout, toICalendar(plan));
  else await write(io.stdout, formatPlan(plan, { format, color: useColor(io) }));
  return EXIT.ok;
}

const describe = (file: string) => (file === '-' ? 'stdin' : JSON.stringify(file));
