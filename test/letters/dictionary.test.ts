/**
 * The committed dictionary module must match the installed dictionary-en:
 * after upgrading it, run `npm run generate:dictionary`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDictionaryModule } from '../../scripts/generate-dictionary.mjs';
import { aff, dic, version } from '../../src/letters/dictionary-en.generated.js';

const root = join(import.meta.dirname, '..', '..');
const installed = (name: string) =>
  readFileSync(join(root, 'node_modules', 'dictionary-en', name), 'utf8');

describe('src/letters/dictionary-en.generated.ts', () => {
  it('is what scripts/generate-dictionary.mjs writes today (run `npm run generate:dictionary`)', () => {
    const committed = readFileSync(
      join(root, 'src', 'letters', 'dictionary-en.generated.ts'),
      'utf8',
    );
    expect(committed === renderDictionaryModule()).toBe(true);
  });

  it('holds the installed dictionary-en files and version exactly', () => {
    expect(version).toBe(JSON.parse(installed('package.json')).version);
    expect(aff === installed('index.aff')).toBe(true);
    expect(dic === installed('index.dic')).toBe(true);
  });

  it('carries the dictionary license in a comment bundlers keep', () => {
    const committed = readFileSync(
      join(root, 'src', 'letters', 'dictionary-en.generated.ts'),
      'utf8',
    );
    expect(committed.startsWith('/*!')).toBe(true);
    const header = committed.slice(0, committed.indexOf('*/'));
    for (const line of installed('license')
      .split('\n')
      .filter((l) => l.trim() !== '')) {
      expect(header).toContain(line.trimEnd());
    }
  });
});
