/**
 * An engine keeps the working data of its last plan until the next plan
 * (src/engine.ts `lastWork`): V8 drops the hidden classes of objects none
 * of which is alive at a full garbage collection, with the optimized code
 * built on them, and plans after each collection ran about twice as slow.
 * Checked on the sources and on the built package, whose tree shaking once
 * dropped the keeping as a write never read: the plan stays alive while the
 * engine does, is let go by the next plan, and goes with the engine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as sources from '../../src/index.js';

type Api = typeof import('../../src/index.js');
const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const built = existsSync(join(dist, 'index.js'));
if (!built && process.env.CI) throw new Error('CI builds before testing: dist/ is missing');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const NOW = '2026-11-26T09:00:00-05:00';
const record = () =>
  JSON.parse(readFileSync(join(root, 'examples/records/panel-interview.json'), 'utf8'));

/** A full collection once the current job is over (a WeakRef holds its target until then). */
async function collect(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
}

async function firstPlanRef(engine: sources.FollowUpEngine): Promise<WeakRef<object>> {
  return new WeakRef(await engine.evaluate(record(), { now: NOW }));
}

const builds: [string, () => Promise<Api>][] = [['sources', async () => sources]];
if (built) {
  builds.push([
    'dist/index.js',
    async () => (await import(pathToFileURL(join(dist, 'index.js')).href)) as Api,
  ]);
}

describe.each(builds)('the last plan of an engine (%s)', (_name, load) => {
  it('stays alive until the next plan, then goes', async () => {
    const api = await load();
    const engine = api.createFollowUpEngine();
    const first = await firstPlanRef(engine);
    await collect();
    expect(first.deref()).toBeDefined();
    const second = await firstPlanRef(engine);
    await collect();
    expect(first.deref()).toBeUndefined();
    expect(second.deref()).toBeDefined();
  });

  it('goes with the engine', async () => {
    const api = await load();
    // The engine is made and dropped in a function of its own: nothing here holds it.
    const plan = await firstPlanRef(api.createFollowUpEngine());
    await collect();
    expect(plan.deref()).toBeUndefined();
  });
});
