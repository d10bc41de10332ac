/**
 * `npm run schemas`: writes the JSON Schemas of the interview record and of
 * a rule document to `schema/`, generated from the zod schemas with
 * `z.toJSONSchema` (draft 2020-12). `--check` exits 1 when the committed
 * files are stale; a test does the same.
 *
 * The JSON Schemas say what the zod schemas say field by field: types,
 * enums, patterns, lengths and counts. Checks written as code — a real
 * calendar date, a time zone the runtime knows, ids that must exist or be
 * unique, the fact catalog of a rule — do not serialize; `parseRecord` and
 * the engine still make them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/mini';
import { interviewRecordSchema } from '../src/record/schema.js';
import { conditionSchema, ruleDocumentSchema } from '../src/rules/rule-schema.js';

export const SCHEMA_DIR = join(import.meta.dirname, '..', 'schema');

function generate(
  schema: z.core.$ZodType,
  title: string,
  description: string,
  defs: [z.core.$ZodType, string][] = [],
): string {
  const metadata = z.registry<{ id: string }>();
  for (const [s, id] of defs) metadata.add(s, { id });
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    metadata,
  }) as Record<string, unknown>;
  return `${JSON.stringify({ $schema, title, description, ...rest }, null, 2)}\n`;
}

/** The files of `schema/`, by name, as `npm run schemas` writes them. */
export function renderSchemas(): Record<string, string> {
  return {
    'interview-record.schema.json': generate(
      interviewRecordSchema,
      'Interview record',
      'One candidate\u2019s application to one position, the input of interview-followup. ' +
        'Field checks only: parseRecord also checks real dates in the supported years ' +
        '(1900\u20132200), known time zones and the ids ' +
        'that link notes to rounds and interviewers.',
    ),
    'rule.schema.json': generate(
      ruleDocumentSchema,
      'Rule document',
      'One interview-followup rule (a rules/*.json file holds an array of them). Shape ' +
        'only: the engine also checks facts, paths, operators and placeholders against its ' +
        'fact catalog.',
      [[conditionSchema, 'condition']],
    ),
  };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(renderSchemas())) {
    const path = join(SCHEMA_DIR, name);
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    if (check) {
      console.error(`schema/${name} is stale: run \`npm run schemas\`.`);
      stale += 1;
    } else {
      writeFileSync(path, text);
      console.log(`schema/${name} written.`);
    }
  }
  if (stale > 0) process.exit(1);
}
