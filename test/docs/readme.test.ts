import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReadme } from '../../scripts/docs.js';
import { defaultRules } from '../../src/index.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('has the rule catalog and fact table generated from rules/ (run `npm run docs` if this fails)', () => {
    expect(readme).toBe(renderReadme(readme));
  });

  it('lists every bundled rule', () => {
    for (const rule of defaultRules) expect(readme).toContain(`\`${rule.itemId ?? rule.id}\``);
  });

  it('gives exactly the two quick-start commands', () => {
    const quick = readme.slice(
      readme.indexOf('## Quick start'),
      readme.indexOf('\n## ', readme.indexOf('## Quick start') + 5),
    );
    const commands = quick.split('\n').filter((l) => l.startsWith('npm '));
    expect(commands.map((c) => c.replace(/\s+#.*$/, ''))).toEqual([
      'npm ci && npm run demo',
      'npm test',
    ]);
  });
});

describe('the fact catalog documentation', () => {
  it('describes every fact and field, and nothing else', async () => {
    const { FACTS } = await import('../../src/facts/catalog.js');
    const { FACT_DOCS } = await import('../../scripts/fact-docs.js');
    const keys = Object.entries(FACTS).flatMap(([name, spec]) => [
      name,
      ...Object.keys(spec.fields ?? {}).map((field) => `${name}.${field}`),
    ]);
    expect(Object.keys(FACT_DOCS).sort()).toEqual(keys.sort());
    for (const text of Object.values(FACT_DOCS)) expect(text.length).toBeGreaterThan(3);
  });
});
