/**
 * The generated dictionary modules (`dictionaries/<locale>.js`, written by
 * scripts/generate-dictionary.mjs on `npm ci`, before builds and before
 * `npm test`) must match the installed source packages: after upgrading one,
 * run `npm run generate:dictionary`. The sources hold no generated file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import * as enGB from '#dictionaries/en-GB';
import * as enUS from '#dictionaries/en-US';
import { readCorpus } from '../../bench/letter-corpus.js';
import {
  DICTIONARIES,
  isFresh,
  outputPath,
  renderDictionaryModule,
} from '../../scripts/generate-dictionary.mjs';
import { DICTIONARIES as LOADERS } from '../../src/letters/dictionaries.js';
import { createBlockLexicon, decodeBlocks } from '../../src/letters/lexicon.js';
import { loadSpellChecker } from '../../src/letters/speller.js';

const root = join(import.meta.dirname, '..', '..');
const installed = (pkg: string, name: string) =>
  readFileSync(join(root, 'node_modules', pkg, name), 'utf8');

describe.each(Object.keys(DICTIONARIES))('dictionaries/%s.js', (name) => {
  it('is what scripts/generate-dictionary.mjs writes today (run `npm run generate:dictionary`)', {
    timeout: 60_000,
  }, async () => {
    expect(isFresh(name)).toBe(true);
    expect(readFileSync(outputPath(name), 'utf8') === (await renderDictionaryModule(name))).toBe(
      true,
    );
  });

  it('has a loader in src/letters/dictionaries.ts', () => {
    expect(Object.keys(LOADERS)).toContain(name);
  });

  it('carries the license of every source in a comment bundlers keep', () => {
    const generated = readFileSync(outputPath(name), 'utf8');
    expect(generated.startsWith('/*!')).toBe(true);
    const header = generated.slice(0, generated.indexOf('*/'));
    const from = DICTIONARIES[name]?.from ?? '';
    for (const line of installed(from, 'license')
      .split('\n')
      .filter((l) => l.trim() !== '')) {
      expect(header).toContain(line.trimEnd());
    }
    const english = name === 'en-US' || name === 'en-GB';
    const sources = english
      ? ['@cspell/dict-en_us', '@cspell/dict-en-gb-mit', '@cspell/dict-companies']
      : ['@cspell/dict-companies', '@cspell/dict-people-names'];
    for (const pkg of sources) expect(header).toContain(`---- ${pkg}@`);
    if (english) expect(header).toContain('SCOWL');
  });
});

describe('the dictionaries', () => {
  it('hold every form of the installed Hunspell dictionaries, as nspell reads them', {
    timeout: 60_000,
  }, () => {
    for (const [mod, pkg] of [
      [enUS, 'dictionary-en'],
      [enGB, 'dictionary-en-gb'],
    ] as const) {
      expect(mod.version).toBe(JSON.parse(installed(pkg, 'package.json')).version);
      const speller = nspell({
        aff: installed(pkg, 'index.aff'),
        dic: installed(pkg, 'index.dic'),
      });
      const forms = decodeBlocks(mod.forms);
      const all = [createBlockLexicon(mod.forms), createBlockLexicon(mod.unsuggested)];
      const lexicon = { has: (w: string) => all.some((l) => l.has(w)) };
      // Every listed word is found by the lookup the checker uses.
      expect(forms.filter((w, i) => i % 3 === 0 && !all[0]?.hasExactly(w))).toEqual([]);
      expect(forms.length).toBeGreaterThan(100_000);
      // Every form listed is one nspell accepts …
      expect(forms.filter((_, i) => i % 7 === 0).filter((w) => !speller.correct(w))).toEqual([]);
      // … and every word of the letter corpus nspell accepts is listed (as written,
      // lower case, capitalised, in capitals).
      const probe = new Set<string>();
      for (const file of ['corpus', 'held-out'] as const) {
        for (const locale of ['en-US', 'en-GB']) {
          const c = readCorpus(locale, file);
          for (const n of [...c.honest, ...c.faulty]) {
            for (const w of n.body.match(/[\p{L}']+/gu) ?? []) {
              probe.add(w);
              probe.add(w.toLowerCase());
              probe.add(w.toUpperCase());
            }
          }
        }
      }
      const missed = [...probe].filter((w) => speller.correct(w) !== lexicon.has(w));
      expect(missed).toEqual([]);
    }
    expect([enUS.locale, enGB.locale]).toEqual(['en-US', 'en-GB']);
  });

  it('are loaded through the package import map, as the built files load them', async () => {
    expect((await LOADERS['en-US'].load()).forms).toBe(enUS.forms);
    expect((await LOADERS['en-GB'].load()).words).toBe(enGB.words);
  });

  it('spell each variety its own way, and share modern words', async () => {
    const us = await loadSpellChecker('en-US');
    const gb = await loadSpellChecker('en-GB');
    expect(['color', 'organize', 'center'].every((w) => us.correct(w))).toBe(true);
    expect(['colour', 'organise', 'centre', 'paediatric'].every((w) => gb.correct(w))).toBe(true);
    expect(['colour', 'paediatric'].some((w) => us.correct(w))).toBe(false);
    for (const speller of [us, gb]) {
      expect(['onboarding', 'telemedicine', 'cybersecurity'].every((w) => speller.correct(w))).toBe(
        true,
      );
      expect(speller.correct('recieve')).toBe(false);
      expect(speller.suggest?.('recieve')).toContain('receive');
    }
  }, 60_000);
});

describe('src/', () => {
  it('holds no generated file (generated data goes to git-ignored folders)', () => {
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' });
    const generated = files.filter((f) => {
      if (!f.endsWith('.ts')) return false;
      const head = readFileSync(join(root, 'src', f), 'utf8').slice(0, 500);
      return /\.generated\./.test(f) || /\bGenerated by\b/.test(head);
    });
    expect(generated).toEqual([]);
  });
});
