/** The CLI's help texts, one per command. */
import { EXIT_CODES } from './io.js';

/** `text` in lines of at most 78 characters, each after `indent` spaces. */
function wrap(text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent + line.length + 1 + word.length > 78) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

const exitCodes = EXIT_CODES.map(({ code, meaning }) =>
  wrap(meaning.replace(/`/g, ''), 6)
    .map((line, i) => `${i === 0 ? `  ${String(code).padEnd(4)}` : '      '}${line}`)
    .join('\n'),
).join('\n');

export const MAIN_HELP = `Usage: interview-followup <command> [options]

Turn interview records into explained follow-up plans.

Commands:
  plan <file|->         The follow-up plan of one record (text, markdown, json or ics)
  plan --ndjson <file|->  One record a line in, one JSON plan a line out
  schema [record|rule]  Print the JSON Schema of a record or of a rule document
  rules                 Print the active rules (json or markdown)
  check-rules <file>    Validate a file of rule documents
  draft <file|-> --interview ID --interviewer ID
                        A thank-you note to one interviewer of one round

Options:
  -h, --help            Show help (also: interview-followup <command> --help)
  -v, --version         Show the version
  --color, --no-color   Colour the text plan and error prefixes, or not, whatever
                        NO_COLOR, FORCE_COLOR, TERM=dumb and the terminal say
                        (any command, anywhere before --)

Errors go to stderr, every line starting "interview-followup:".

Exit codes (every command):
${exitCodes}
`;

export const PLAN_HELP = `Usage: interview-followup plan <file|-> [options]
       interview-followup plan --ndjson <file|-> [options]

Evaluates an interview record (a JSON file, or stdin with -) and prints its plan.

Options:
  --now ISO             Evaluate at this instant (ISO 8601 with offset or Z).
                        Default: the current time.
  --tz ZONE             Write the plan in this IANA zone. Default: the record's
                        candidate.timeZone, else UTC.
  --locale TAG          Write the plan in this locale: en-US, en-GB, es, fr, de
                        (BCP 47; en-AU → en-GB, fr-CA → fr…). Default: the
                        record's candidate.locale, else en-US.
  --holidays CC[-STATE] Public holidays of a place are not business days,
                        e.g. US, US-NY, GB-ENG, DE-BY.
  -f, --format FORMAT   text (default), markdown, json or ics (iCalendar tasks).
                        json prints exactly what evaluate() returns, as
                        JSON.stringify(plan, null, 2) and a newline.
  --rules FILE          Add the rule documents of FILE (an array, or one
                        document) to the bundled rules.
  --ndjson              Read one record a line and write one compact JSON line
                        for each, in order, starting with "line": the input
                        line's number (from 1; blank lines are skipped but
                        counted): {"line":N,...plan}. A bad line gives
                        {"line":N,"error":{"name","message","issues"}} and the
                        others still produce plans; exit code 1 if any line
                        failed. A line longer than --max-line-bytes is not
                        read: it gets an error line of its own.
  --max-line-bytes N    With --ndjson: the longest line read, in bytes, from
                        1024 to 268435456 (256 MiB). Default 67108864 (64 MiB).
  -h, --help            Show this help.

Examples:
  interview-followup plan record.json --holidays US
  interview-followup plan record.json --format ics > follow-up.ics
  cat records.ndjson | interview-followup plan --ndjson - > plans.ndjson
`;

export const SCHEMA_HELP = `Usage: interview-followup schema [record|rule]

Prints the JSON Schema (draft 2020-12) of an interview record (default) or of
one rule document. The same files ship in the package as
interview-followup/schema/interview-record.schema.json and
interview-followup/schema/rule.schema.json.

Options:
  -h, --help            Show this help.
`;

export const RULES_HELP = `Usage: interview-followup rules [options]

Prints the active rules: the bundled ones, plus those of --rules.

Options:
  -f, --format FORMAT   markdown (default: a table) or json (the rule documents).
  --rules FILE          Add the rule documents of FILE to the bundled rules.
  -h, --help            Show this help.
`;

export const CHECK_RULES_HELP = `Usage: interview-followup check-rules <file>

Validates a file of rule documents (an array, or one document) the way
plan --rules uses it: added to the bundled rules, so an id that a bundled
rule already has is a problem. Exit code 0 when valid; 1 with every problem
when not, each located by the file and the rule's index in it:
  our-rules.json[2] acme.nudge $.conditions.all[0].operator: Unknown operator …
plan --rules and rules --rules report a bad file the same way, with exit code 1.

Options:
  --standalone          Check the file as a complete rule set of its own (as
                        the library's createFollowUpEngine({ rules }) uses it),
                        e.g. one of the package's rules/*.json files.
  -h, --help            Show this help.
`;

export const DRAFT_HELP = `Usage: interview-followup draft <file|-> --interview ID --interviewer ID [options]

Drafts a thank-you note to one interviewer of one round of a record (a JSON
file, or stdin with -), in the plan's locale, and prints its subject, the
employer's preferred medium, its deadline and the note. A topic or strength
left out is a [placeholder] to fill before sending.

Options:
  --interview ID        The round (interviews[].id). Required.
  --interviewer ID      The interviewer of that round. Required.
  --topic TEXT          Something you discussed with them.
  --strength TEXT       What you bring to the role ("my experience with SQL").
  --tone TONE           formal (default) or warm (first name, warmer closing).
  --locale TAG          Write the note in this locale: en-US, en-GB, es, fr, de.
                        Default: the record's candidate.locale, else en-US.
  --now ISO             Evaluate at this instant. Default: the current time.
  --tz ZONE             The plan's IANA zone. Default: the record's, else UTC.
  --holidays CC[-STATE] Public holidays that move the deadline, e.g. US, GB-ENG.
  -f, --format FORMAT   text (default) or json (what draftThankYou returns).
  -h, --help            Show this help.

Examples:
  interview-followup draft record.json --interview onsite --interviewer priya-nair
  interview-followup draft record.json --interview onsite --interviewer tom-baker \\
    --topic "your forecasting models" --strength "five years of SQL reporting"
`;

export const HELP: Readonly<Record<string, string>> = {
  plan: PLAN_HELP,
  schema: SCHEMA_HELP,
  rules: RULES_HELP,
  'check-rules': CHECK_RULES_HELP,
  draft: DRAFT_HELP,
};
