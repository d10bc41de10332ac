/**
 * `interview-followup check-rules <file>`: validates rule documents the way
 * `plan --rules` uses them (added to the bundled rules), or with
 * `--standalone` as a complete rule set of their own.
 */
import { createFollowUpEngine } from '../../engine.js';
import { isRuleValidationError } from '../../errors.js';
import { parseFlags, ruleDocuments, ruleIssueLines } from '../flags.js';
import { CHECK_RULES_HELP } from '../help.js';
import { type CliIo, EXIT, readText, UsageError, write } from '../io.js';

export async function checkRulesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    'check-rules',
    args,
    { standalone: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    1,
  );
  if (values.help) {
    await write(io.stdout, CHECK_RULES_HELP);
    return EXIT.ok;
  }
  const file = positionals[0];
  if (file === undefined) throw new UsageError('Name a rule file to check.', 'check-rules');
  const name = file === '-' ? 'stdin' : file;
  let json: unknown;
  try {
    json = JSON.parse(await readText(file, io, 'check-rules'));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    await write(io.stderr, `${name}: not valid JSON: ${error.message}\n`);
    return EXIT.invalid;
  }
  const docs = ruleDocuments(json);
  try {
    createFollowUpEngine(values.standalone ? { rules: docs } : { extraRules: docs });
  } catch (error) {
    if (!isRuleValidationError(error)) throw error;
    const count = error.issues.length;
    await write(
      io.stderr,
      `${name}: ${count} problem${count === 1 ? '' : 's'} (RuleValidationError)\n${ruleIssueLines(error.issues)}\n`,
    );
    return EXIT.invalid;
  }
  const n = docs.length;
  await write(io.stdout, `${name}: ${n} rule document${n === 1 ? '' : 's'}, valid.\n`);
  return EXIT.ok;
}
