/** `interview-followup schema [record|rule]`: prints a JSON Schema of `schema/`. */
import recordSchema from '../../../schema/interview-record.schema.json' with { type: 'json' };
import ruleSchema from '../../../schema/rule.schema.json' with { type: 'json' };
import { parseFlags } from '../flags.js';
import { SCHEMA_HELP } from '../help.js';
import { type CliIo, EXIT, UsageError, write } from '../io.js';

const SCHEMAS: Record<string, unknown> = { record: recordSchema, rule: ruleSchema };

export async function schemaCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    'schema',
    args,
    { help: { type: 'boolean', short: 'h' } },
    1,
  );
  if (values.help) {
    await write(io.stdout, SCHEMA_HELP);
    return EXIT.ok;
  }
  const which = positionals[0] ?? 'record';
  const schema = SCHEMAS[which];
  if (schema === undefined) {
    throw new UsageError(`Unknown schema ${JSON.stringify(which)}: use record or rule.`, 'schema');
  }
  // The same text as the file: `npm run schemas` writes it this way.
  await write(io.stdout, `${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
