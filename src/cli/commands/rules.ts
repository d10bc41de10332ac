/** `interview-followup rules`: the active rules, as a Markdown table or JSON. */
import { rulesMarkdown } from '../../render/catalog-markdown.js';
import { engineFlags, formatFlag, parseFlags } from '../flags.js';
import { RULES_HELP } from '../help.js';
import { type CliIo, EXIT, write } from '../io.js';

export async function rulesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(
    'rules',
    args,
    {
      format: { type: 'string', short: 'f', value: 'markdown or json' },
      rules: { type: 'string', value: 'a rule file' },
      help: { type: 'boolean', short: 'h' },
    },
    0,
  );
  if (values.help) {
    await write(io.stdout, RULES_HELP);
    return EXIT.ok;
  }
  const format = formatFlag(values.format, ['markdown', 'json'] as const, 'rules');
  const engine = await engineFlags(values, io, 'rules');
  await write(
    io.stdout,
    format === 'json'
      ? `${JSON.stringify(engine.rules, null, 2)}\n`
      : `${rulesMarkdown(engine.rules)}\n`,
  );
  return EXIT.ok;
}
