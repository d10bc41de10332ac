/**
 * For hosts that already run json-rules-engine: the follow-up rules run in a
 * stock json-rules-engine `Engine`, beside the host's own operator, async
 * fact, rule and listeners.
 *
 *   npx tsx examples/json-rules-engine/main.ts [record.json]
 *
 * Adds a custom operator (`startsWith`), an async fact (`crmTier`, looked up
 * in a pretend CRM) and a rule of the host's that uses both; listens to the
 * host's event and to every follow-up rule that fires; prints the plan and
 * checks it is the plan the root entry gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFollowUpEngine, formatPlan } from 'interview-followup';
import {
  createInteropEngine,
  FOLLOWUP_EVENT,
  SCOPE_FACT,
} from 'interview-followup/json-rules-engine';
import { Operator } from 'json-rules-engine';

const NOW = '2026-11-26T09:00:00-05:00';
const file = process.argv[2] ?? join(import.meta.dirname, '..', 'records', 'panel-interview.json');
const record: unknown = JSON.parse(readFileSync(file, 'utf8'));

/** A pretend CRM: the employer's account tier, after a network round trip. */
async function lookUpTier(employerName: string): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return employerName.startsWith('Northwind') ? 'gold-partner' : 'standard';
}

const followUp = createInteropEngine({ holidays: { country: 'US' } });
const { engine } = followUp;

engine.addOperator(
  new Operator('startsWith', (a: unknown, b: unknown) => String(a).startsWith(String(b))),
);
// An async fact may read the library's facts through the almanac.
engine.addFact('crmTier', async (_params, almanac) => {
  const employer = await almanac.factValue<string>('record', {}, '$.employerName');
  return lookUpTier(employer);
});
// The host's own rule runs in every run: guard it on the scope.
engine.addRule({
  name: 'host.notify-partner-manager',
  conditions: {
    all: [
      { fact: SCOPE_FACT, operator: 'equal', value: 'record' },
      { fact: 'crmTier', operator: 'startsWith', value: 'gold' },
    ],
  },
  event: { type: 'notify-partner-manager', params: { channel: '#partners' } },
});
// Every rule that fires, the host's and the library's, reaches 'success' with its event.
const fired = new Set<string>();
engine.on('success', (event) => {
  if (event.type === 'notify-partner-manager') {
    console.log(`Host rule fired: notify the partner manager on ${String(event.params?.channel)}`);
  } else if (event.type === FOLLOWUP_EVENT) {
    fired.add(String(event.params?.ruleId));
  }
});

const plan = await followUp.evaluate(record, { now: NOW });
console.log(`Follow-up rules fired in json-rules-engine: ${fired.size}`);
console.log();
process.stdout.write(formatPlan(plan));

const root = await createFollowUpEngine({ holidays: { country: 'US' } }).evaluate(record, {
  now: NOW,
});
const same = JSON.stringify(root) === JSON.stringify(plan);
console.log();
console.log(`Plan identical to the root entry's: ${same ? 'yes' : 'NO'}`);
if (!same) process.exitCode = 1;
