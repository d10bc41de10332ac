/**
 * `npm run docs`: regenerates the README's rule catalog and fact table from
 * `rules/*.json` and the fact declarations (their TSDoc gives the meanings).
 * `--check` exits 1 when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATALOG_END,
  CATALOG_START,
  FACTS_END,
  FACTS_START,
  factsMarkdown,
  replaceBetween,
  rulesMarkdown,
} from '../src/render/catalog-markdown.js';
import { defaultRules } from '../src/rules/default-rules.js';
import { FACT_DOCS } from './fact-docs.js';

export function renderReadme(current: string): string {
  const withCatalog = replaceBetween(
    current,
    CATALOG_START,
    CATALOG_END,
    rulesMarkdown(defaultRules),
  );
  return replaceBetween(withCatalog, FACTS_START, FACTS_END, factsMarkdown(FACT_DOCS));
}

const path = join(import.meta.dirname, '..', 'README.md');
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const current = readFileSync(path, 'utf8');
  const next = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README catalog is stale: run `npm run docs`.');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(path, next);
    console.log('README catalog updated.');
  }
}
