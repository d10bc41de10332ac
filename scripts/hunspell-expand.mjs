/**
 * Hunspell dictionaries expanded into every word form they accept, at
 * generation time (scripts/generate-dictionary.mjs), so the library needs no
 * affix engine at run time: checking a word is a set lookup, and loading a
 * dictionary is reading a list rather than building nspell's tables.
 *
 * Covers what the English dictionaries of `dictionary-en` and
 * `dictionary-en-gb` use: one-character flags, `PFX` / `SFX` rules with
 * strip, add and condition, cross products of a prefix and a suffix,
 * `NOSUGGEST` (kept apart: right, never suggested) and `ONLYINCOMPOUND`
 * with `COMPOUNDRULE` (only ordinals such as "21st", left out: tokens with a
 * digit are never spell-checked). `test/letters/dictionary.test.ts` holds
 * the expansion to nspell's verdicts.
 *
 * For `dictionary-fr`, `dictionary-es` and `dictionary-de` it also reads
 * `FLAG long` (two characters a flag), `FLAG num` (numbers, comma-separated)
 * and `FLAG UTF-8`, and continuation flags on affix entries, one level deep
 * (a suffix's form takes its continuation suffixes and prefixes once). French
 * elision prefixes (an affix ending in an apostrophe: l', d', qu'…) are not
 * expanded: the letter checks split the elided article off before looking a
 * word up (src/letters/tokens.ts), so every noun does not appear eight times.
 * German compounds are not expanded either: entries marked for compounds
 * only are left out, and the letter checks split a compound into known words
 * (src/letters/compounds.ts).
 */

/** The affix rules and settings of an affix file's text. */
export function parseAffixes(aff) {
  const rules = new Map(); // flag → { kind, cross, entries: [{ strip, add, test, next }] }
  let noSuggest;
  let onlyInCompound;
  let needAffix;
  let forbidden;
  let flagKind = 'char';
  for (const raw of aff.split(/\r?\n/)) {
    const line = raw.replace(/^#.*/, '').replace(/\s#.*/, '').trim();
    if (line === '') continue;
    const f = line.split(/\s+/);
    if (f[0] === 'FLAG') flagKind = f[1] === 'long' ? 'long' : f[1] === 'num' ? 'num' : 'char';
    else if (f[0] === 'NOSUGGEST') noSuggest = f[1];
    else if (f[0] === 'NEEDAFFIX') needAffix = f[1];
    else if (f[0] === 'FORBIDDENWORD') forbidden = f[1];
    else if (f[0] === 'ONLYINCOMPOUND') onlyInCompound = f[1];
    else if ((f[0] === 'PFX' || f[0] === 'SFX') && f.length === 4 && /^\d+$/.test(f[3])) {
      rules.set(f[1], { kind: f[0], cross: f[2] === 'Y', entries: [] });
    } else if ((f[0] === 'PFX' || f[0] === 'SFX') && f.length >= 5) {
      const rule = rules.get(f[1]);
      if (rule === undefined) throw new Error(`affix entry before its header: ${line}`);
      const [add, continuation] = f[3].split('/');
      const condition = f[4] === '.' ? '' : f[4];
      rule.entries.push({
        strip: f[2] === '0' ? '' : f[2],
        add: add === '0' ? '' : add,
        test: new RegExp(f[0] === 'PFX' ? `^${condition}` : `${condition}$`, 'u'),
        next: continuation ? splitFlags(continuation, flagKind) : [],
      });
    }
  }
  return { rules, noSuggest, onlyInCompound, needAffix, forbidden, flagKind };
}

/** The flags of a flag string, read the way the affix file's `FLAG` says. */
export function splitFlags(text, kind) {
  if (kind === 'num') return text.split(',');
  if (kind === 'long') return text.match(/[\s\S]{1,2}/gu) ?? [];
  return [...text];
}

/** An elision prefix (French l', d', qu'…): split off at check time, never expanded. */
const isElision = (rule) => rule.kind === 'PFX' && rule.entries.some((e) => /['’]$/.test(e.add));

/** The forms a suffix or prefix rule makes of `word`. */
function applyWithNext(rule, word) {
  const out = [];
  for (const { strip, add, test, next } of rule.entries) {
    if (!test.test(word)) continue;
    if (rule.kind === 'SFX') {
      if (strip !== '' && !word.endsWith(strip)) continue;
      out.push([word.slice(0, word.length - strip.length) + add, next]);
    } else {
      if (strip !== '' && !word.startsWith(strip)) continue;
      out.push([add + word.slice(strip.length), next]);
    }
  }
  return out;
}

function apply(rule, word) {
  return applyWithNext(rule, word).map(([form]) => form);
}

/**
 * Every word form of a Hunspell dictionary: `{ words, unsuggested }`, each a
 * sorted array; `unsuggested` holds the forms of NOSUGGEST entries.
 */
export function expandHunspell(aff, dic) {
  const { rules, noSuggest, onlyInCompound, needAffix, forbidden, flagKind } = parseAffixes(aff);
  const words = new Set();
  const unsuggested = new Set();
  const lines = dic.split(/\r?\n/);
  const rulesOf = (flags, kind) =>
    flags.map((f) => rules.get(f)).filter((r) => r?.kind === kind && !isElision(r));
  for (let n = 1; n < lines.length; n++) {
    const entry = lines[n].split(/[\t ]/)[0].trim();
    if (entry === '') continue;
    const slash = entry.search(/(?<!\\)\//);
    const word = slash === -1 ? entry : entry.slice(0, slash);
    const flags = slash === -1 ? [] : splitFlags(entry.slice(slash + 1), flagKind);
    if (onlyInCompound !== undefined && flags.includes(onlyInCompound)) continue;
    if (forbidden !== undefined && flags.includes(forbidden)) continue;
    if (/\d/.test(word)) continue; // ordinals and numbers: never spell-checked
    const into = noSuggest !== undefined && flags.includes(noSuggest) ? unsuggested : words;
    const prefixes = rulesOf(flags, 'PFX');
    const suffixes = rulesOf(flags, 'SFX');
    if (needAffix === undefined || !flags.includes(needAffix)) into.add(word);
    for (const p of prefixes) for (const form of apply(p, word)) into.add(form);
    for (const s of suffixes) {
      for (const [form, next] of applyWithNext(s, word)) {
        if (needAffix === undefined || !next.includes(needAffix)) into.add(form);
        // Continuation: one more suffix, then the word's and the suffix's prefixes.
        for (const s2 of rulesOf(next, 'SFX')) for (const f2 of apply(s2, form)) into.add(f2);
        const crossing = s.cross ? [...prefixes, ...rulesOf(next, 'PFX')] : rulesOf(next, 'PFX');
        for (const p of crossing) {
          if (p.cross) for (const both of apply(p, form)) into.add(both);
        }
      }
    }
  }
  for (const w of unsuggested) words.delete(w);
  return { words: [...words].sort(), unsuggested: [...unsuggested].sort() };
}

/** The words of a block of a front-coded list. */
export const BLOCK_SIZE = 32;
/** Each entry after a block's first: one character, code 48 + the length it shares with the word before. */
export const FRONT_CODE_BASE = 48;
/** The longest shared prefix one character says. */
export const FRONT_CODE_MAX = 60;

/**
 * `words` (sorted by code unit) in front-coded blocks, one a line: a block's
 * first word in full, then each next word as one character for the length
 * it shares with the word before and the rest, after a space. Loading it is
 * one split; a lookup is a binary search over the blocks' first words and a
 * walk through one block (src/letters/lexicon.ts).
 */
export function frontCode(words) {
  const lines = [];
  for (let b = 0; b < words.length; b += BLOCK_SIZE) {
    let line = words[b];
    for (let i = b + 1; i < Math.min(b + BLOCK_SIZE, words.length); i++) {
      const previous = words[i - 1];
      const word = words[i];
      let k = 0;
      const max = Math.min(word.length, previous.length, FRONT_CODE_MAX);
      while (k < max && word.charCodeAt(k) === previous.charCodeAt(k)) k++;
      line += ` ${String.fromCharCode(FRONT_CODE_BASE + k)}${word.slice(k)}`;
    }
    lines.push(line);
  }
  return lines.join('\n');
}
