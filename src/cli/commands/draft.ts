/**
 * `interview-followup draft <file|-> --interview ID --interviewer ID`: a
 * thank-you note to one interviewer of one round (`draftThankYou`), as text
 * (subject, medium, deadline, then the note) or as JSON.
 */
import { draftThankYou, type ThankYouDraft } from '../../drafts/draft-thank-you.js';
import type { EvaluateOptions } from '../../options.js';
import { writeError } from '../color.js';
import { callOptions, EVALUATION_FLAGS, formatFlag, holidaysFlag, parseFlags } from '../flags.js';
import { DRAFT_HELP } from '../help.js';
import { type CliIo, describeFile, EXIT, readJson, UsageError, write } from '../io.js';
import { errorJson } from './plan-errors.js';

const FORMATS = ['text', 'json'] as const;
const TONES = ['formal', 'warm'] as const;

/** The draft as text: its headers, a blank line, the note. */
function draftText(draft: ThankYouDraft): string {
  return [
    `Subject: ${draft.subject}`,
    `Medium: ${draft.medium ?? 'unknown (find out how the employer prefers to be contacted)'}`,
    `Send by: ${draft.sendBy}`,
    '',
    draft.body,
    '',
  ].join('\n');
}

/** Runs `draft`; returns the exit code. */
export async function draftCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    'draft',
    args,
    {
      interview: { type: 'string', value: "an interview's id" },
      interviewer: { type: 'string', value: "an interviewer's id" },
      topic: { type: 'string', value: 'what you discussed' },
      strength: { type: 'string', value: 'what you bring to the role' },
      tone: { type: 'string', value: TONES.join(' or ') },
      ...EVALUATION_FLAGS,
      format: { type: 'string', short: 'f', value: FORMATS.join(', ') },
      help: { type: 'boolean', short: 'h' },
    },
    1,
  );
  if (values.help) {
    await write(io.stdout, DRAFT_HELP);
    return EXIT.ok;
  }
  const file = positionals[0];
  if (file === undefined) throw new UsageError('Name a record file, or - to read stdin.', 'draft');
  if (values.interview === undefined || values.interviewer === undefined) {
    throw new UsageError(
      'Name the round and the person: --interview ID --interviewer ID.',
      'draft',
    );
  }
  const tone = values.tone;
  if (tone !== undefined && tone !== 'formal' && tone !== 'warm') {
    throw new UsageError(`--tone must be formal or warm (got ${JSON.stringify(tone)}).`, 'draft');
  }
  const format = formatFlag(values.format, FORMATS, 'draft');
  const call = callOptions(values, 'draft');
  const holidays = await holidaysFlag(values.holidays, 'draft');
  const options: EvaluateOptions = { ...call, ...(holidays !== undefined ? { holidays } : {}) };
  const record = await readJson(file, io, describeFile(file));
  let draft: ThankYouDraft;
  try {
    draft = await draftThankYou(
      record,
      {
        interviewId: values.interview,
        interviewerId: values.interviewer,
        ...(values.topic !== undefined ? { topics: [values.topic] } : {}),
        ...(values.strength !== undefined ? { strengths: [values.strength] } : {}),
        ...(tone !== undefined ? { tone } : {}),
      },
      options,
    );
  } catch (error) {
    const { name, issues } = errorJson(error).error;
    const where = file === '-' ? 'stdin' : file;
    const lines = [
      `${where}: ${issues.length} problem${issues.length === 1 ? '' : 's'} (${name})`,
      ...issues.map((i) => `${where} ${flagOf(i.path)}: ${i.message}`),
    ];
    await writeError(io, lines.join('\n'));
    return EXIT.invalid;
  }
  await write(
    io.stdout,
    format === 'json' ? `${JSON.stringify(draft, null, 2)}\n` : draftText(draft),
  );
  return EXIT.ok;
}

/** A request path as the flag that set it (`$.request.interviewId` → `--interview`). */
function flagOf(path: string): string {
  const flags: Readonly<Record<string, string>> = {
    '$.request.interviewId': '--interview',
    '$.request.interviewerId': '--interviewer',
  };
  return flags[path] ?? path;
}
