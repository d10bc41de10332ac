/**
 * The compiled rules decide exactly as json-rules-engine would.
 *
 * The oracle is json-rules-engine's own `Engine#run`, configured as the
 * compiled predicates claim to behave: the plain path resolver, the strict
 * operators, `allowUndefinedFacts: false`. Every bundled rule (and every
 * `when` of a `because` line) is checked on facts built from generated
 * records, and on the same facts with the values its conditions read
 * replaced by boundary values (each constant of a condition, ±1, null,
 * the other side of a fact-to-fact comparison), so both verdicts of most
 * conditions are reached.
 */
import fc from 'fast-check';
import { Almanac, Engine, Fact, Operator, Rule } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { resolveHolidays } from '../../src/calendar/holidays.js';
import { buildFacts, type Facts } from '../../src/facts/build-facts.js';
import { FACTS, SCOPES, type Scope } from '../../src/facts/catalog.js';
import { defaultPolicy } from '../../src/facts/policy.js';
import { checkNotes } from '../../src/letters/check-notes.js';
import { parseRecord } from '../../src/record/parse-record.js';
import { compileCondition } from '../../src/rules/compile-condition.js';
import { compileRules } from '../../src/rules/compile-rule.js';
import { defaultRules } from '../../src/rules/default-rules.js';
import { OPERATORS } from '../../src/rules/operators.js';
import { parsePlainPath, readSegments } from '../../src/rules/plain-path.js';
import type { Condition, FactValue, LeafCondition } from '../../src/rules/rule-schema.js';
import { RuleRunner } from '../../src/rules/run-rules.js';
import { validateRules } from '../../src/rules/validate-rules.js';
import { recordArb, runs, settingsArb, timeout } from '../helpers/arbitraries.js';

type FactMap = Record<string, unknown>;

/** Plain paths for json-rules-engine's `pathResolver`, read as the compiled conditions read them. */
const resolvePlainPath = (value: unknown, path: string): unknown =>
  readSegments(value, parsePlainPath(path)!);

const compiled = compileRules(defaultRules);
const runner = new RuleRunner(compiled);

/** json-rules-engine, set up the way the compiled predicates claim to behave. */
function oracle(conditions: readonly Condition[]): Engine {
  const engine = new Engine([], {
    allowUndefinedFacts: false,
    pathResolver: (value: object, path: string) => resolvePlainPath(value, path),
  });
  // The strict operators replace json-rules-engine's built-in ones of the same names.
  for (const [name, compare] of Object.entries(OPERATORS)) {
    engine.addOperator(new Operator(name, (a: unknown, b: unknown) => compare(a, b)));
  }
  conditions.forEach((c, i) => {
    const top = 'all' in c || 'any' in c || 'not' in c ? c : { all: [c] };
    engine.addRule({ conditions: top as never, event: { type: String(i) } });
  });
  return engine;
}

/** What json-rules-engine says: the indices of the conditions that hold. */
async function engineVerdicts(engine: Engine, facts: FactMap): Promise<number[]> {
  const almanac = new Almanac({ allowUndefinedFacts: false, pathResolver: resolvePlainPath });
  for (const [name, value] of Object.entries(facts)) almanac.addFact(new Fact(name, value));
  const { results } = await engine.run({}, { almanac });
  return results.map((r) => Number(r.event?.type)).sort((a, b) => a - b);
}

/** The conditions of a scope: every rule's `conditions`, then every `when`. */
function conditionsOf(scope: Scope): Condition[] {
  const out: Condition[] = [];
  for (const rule of defaultRules) if (rule.scope === scope) out.push(rule.conditions);
  for (const rule of defaultRules) {
    if (rule.scope !== scope) continue;
    for (const line of rule.because) if (typeof line !== 'string') out.push(line.when);
  }
  return out;
}

function leaves(c: Condition, into: LeafCondition[] = []): LeafCondition[] {
  if ('all' in c) for (const x of c.all) leaves(x, into);
  else if ('any' in c) for (const x of c.any) leaves(x, into);
  else if ('not' in c) leaves(c.not, into);
  else into.push(c);
  return into;
}

const isRef = (v: unknown): v is FactValue =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'fact' in v;

/** Reads `fact.path` in a fact map (the same plain paths the rules use). */
const read = (facts: FactMap, ref: FactValue): unknown =>
  ref.path === undefined ? facts[ref.fact] : resolvePlainPath(facts[ref.fact], ref.path);

/** A copy of `facts` with `fact.path` set to `value`. */
function withValue(facts: FactMap, ref: FactValue, value: unknown): FactMap {
  const copy = { ...facts, [ref.fact]: structuredClone(facts[ref.fact]) };
  const segments = ref.path === undefined ? [] : parsePlainPath(ref.path)!;
  if (segments.length === 0) {
    copy[ref.fact] = value;
    return copy;
  }
  let target = copy[ref.fact] as Record<string | number, unknown> | null;
  for (const s of segments.slice(0, -1)) {
    if (typeof target !== 'object' || target === null) return copy;
    target = target[s] as Record<string | number, unknown> | null;
  }
  if (typeof target === 'object' && target !== null) target[segments.at(-1)!] = value;
  return copy;
}

/** Values that sit on both sides of a leaf's comparison. */
function boundaryValues(leaf: LeafCondition, facts: FactMap): unknown[] {
  const right = isRef(leaf.value) ? read(facts, leaf.value) : leaf.value;
  const out: unknown[] = [null, true, false, 0, 'other', []];
  for (const v of Array.isArray(right) ? right : [right]) {
    out.push(v);
    if (typeof v === 'number') out.push(v - 1, v + 1);
  }
  return out;
}

/** Every fact map the rules of each scope see for one evaluation. */
function factMaps(facts: Facts): [Scope, FactMap][] {
  const maps: [Scope, FactMap][] = [['record', { ...facts.global }]];
  for (const scope of SCOPES) {
    if (scope === 'record') continue;
    for (const { fact } of facts.scoped[scope])
      maps.push([scope, { ...facts.global, [scope]: fact }]);
  }
  return maps;
}

const engines = new Map(SCOPES.map((s) => [s, oracle(conditionsOf(s))]));
const predicates = new Map(SCOPES.map((s) => [s, conditionsOf(s).map(compileCondition)]));

async function factsFor(
  raw: Record<string, unknown>,
  settings: { now: string; timeZone?: string; holidays?: string[] },
): Promise<Facts> {
  const record = parseRecord(raw);
  return buildFacts({
    record,
    now: Date.parse(settings.now),
    zone: settings.timeZone ?? record.candidate.timeZone ?? 'UTC',
    holidays: await resolveHolidays(settings.holidays),
    policy: defaultPolicy,
    checkNotes,
  });
}

describe('compiled rules against json-rules-engine', () => {
  it(
    'every bundled rule and `when` gets the same verdict, on generated facts and their boundaries',
    async () => {
      const reached = new Map<string, Set<boolean>>();
      await fc.assert(
        fc.asyncProperty(recordArb, settingsArb, fc.nat(), async (raw, settings, pick) => {
          const facts = await factsFor(raw, settings);
          for (const [scope, map] of factMaps(facts)) {
            const conditions = conditionsOf(scope);
            const variants: FactMap[] = [map];
            // For each condition, push one of its leaves to the values around its comparison.
            conditions.forEach((c, i) => {
              const ls = leaves(c);
              const leaf = ls[(pick + i) % ls.length];
              if (leaf === undefined) return; // `all: []`: nothing to move
              for (const v of boundaryValues(leaf, map)) variants.push(withValue(map, leaf, v));
            });
            for (const variant of variants) {
              const ours = predicates.get(scope)!.flatMap((p, i) => (p(variant) ? [i] : []));
              expect(ours).toEqual(await engineVerdicts(engines.get(scope)!, variant));
              conditions.forEach((c, i) => {
                if (leaves(c).length === 0) return; // no condition: always holds
                const key = `${scope}#${i}`;
                const seen = reached.get(key) ?? new Set<boolean>();
                seen.add(ours.includes(i));
                reached.set(key, seen);
              });
            }
          }
        }),
        runs(60, 8801),
      );
      // The comparison is worth something only if both verdicts were reached.
      const oneSided = [...reached].filter(([, seen]) => seen.size < 2).map(([k]) => k);
      expect(oneSided).toEqual([]);
    },
    timeout(240_000),
  ); // json-rules-engine, the oracle, takes ~3 s for the ~20,000 comparisons

  it('the runner fires what json-rules-engine fires, subject by subject', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, settingsArb, async (raw, settings) => {
        const facts = await factsFor(raw, settings);
        const ours = runner.run(facts).map((f) => `${f.rule.doc.id}@${f.subject?.id ?? ''}`);
        const expected: string[] = [];
        for (const [scope, map] of factMaps(facts)) {
          const rules = compiled.filter((r) => r.doc.scope === scope);
          const fired = await engineVerdicts(oracle(rules.map((r) => r.doc.conditions)), map);
          const subject =
            scope === 'record'
              ? ''
              : (facts.scoped[scope as Exclude<Scope, 'record'>].find((s) => s.fact === map[scope])
                  ?.subject.id ?? '?');
          for (const i of fired) expected.push(`${rules[i]!.doc.id}@${subject}`);
        }
        expect(ours).toEqual(expected);
      }),
      runs(40, 8802),
    );
  });

  it('json-rules-engine semantics at the edges: empty all and any, not, fact references, undefined facts', async () => {
    const cases: Condition[] = [
      { all: [] },
      { any: [] },
      { not: { all: [] } },
      { all: [{ fact: 'a', operator: 'greaterThan', value: { fact: 'b', path: 'n' } }] },
      { any: [{ fact: 'a', operator: 'lessThan', value: null }] },
      { all: [{ fact: 'b', path: 'list[1]', operator: 'equal', value: 'y' }] },
      { all: [{ fact: 'b', path: '$.missing.deeper', operator: 'equal', value: null }] },
      { all: [{ fact: 'b', path: 'list', operator: 'contains', value: 'x' }] },
      { all: [{ fact: 'a', operator: 'in', value: [1, 2, 3] }] },
      { not: { any: [{ fact: 'a', operator: 'notIn', value: [3] }] } },
    ];
    const facts = { a: 3, b: { n: 2, list: ['x', 'y'] } };
    const engine = oracle(cases);
    const ours = cases.flatMap((c, i) => (compileCondition(c)(facts) ? [i] : []));
    expect(ours).toEqual(await engineVerdicts(engine, facts));
    // json-rules-engine holds an empty `any` true, like an empty `all`.
    expect(ours).toEqual([0, 1, 3, 5, 7, 8, 9]);
    // An unknown fact is an error in both, never a quiet false.
    const missing: Condition = { all: [{ fact: 'nope', operator: 'equal', value: 1 }] };
    expect(() => compileCondition(missing)(facts)).toThrow(/Undefined fact: nope/);
    await expect(engineVerdicts(oracle([missing]), facts)).rejects.toThrow(/Undefined fact: nope/);
  });
});

describe('every rule document the checker accepts, json-rules-engine accepts too', () => {
  // Leaves over record-scope facts: a mix of valid and invalid fact names,
  // paths, operators and values, so both of the checker's verdicts are reached.
  const recordFacts = Object.entries(FACTS).filter(([, spec]) => spec.scope === 'record');
  const knownRef = fc.constantFrom(...recordFacts).map(([fact, spec]) => ({
    fact,
    paths: spec.fields === undefined ? [undefined] : Object.keys(spec.fields),
  }));
  const unknownRef = fc.constant({ fact: 'noSuchFact', paths: [undefined, 'a.b'] });
  const refArb = fc
    .oneof({ arbitrary: knownRef, weight: 9 }, { arbitrary: unknownRef, weight: 1 })
    .chain(({ fact, paths }) =>
      fc.constantFrom(...paths).map((path) => (path === undefined ? { fact } : { fact, path })),
    );
  const operatorArb = fc.oneof(
    { arbitrary: fc.constantFrom(...Object.keys(OPERATORS)), weight: 9 },
    { arbitrary: fc.constantFrom('between', 'regex'), weight: 1 },
  );
  const valueArb = fc.oneof(
    fc.integer({ min: -3, max: 30 }),
    fc.boolean(),
    fc.constant(null),
    fc.string({ maxLength: 6 }),
    fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
    refArb,
  );
  const leafArb = fc
    .tuple(refArb, operatorArb, valueArb)
    .map(([ref, operator, value]) => ({ ...ref, operator, value }));
  const { top } = fc.letrec<{ tree: unknown; top: unknown }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leafArb,
      fc.record({ all: fc.array(tie('tree'), { maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('tree'), { maxLength: 3 }) }),
      fc.record({ not: tie('tree') }),
    ),
    top: fc.oneof(
      fc.record({ all: fc.array(tie('tree'), { maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('tree'), { maxLength: 3 }) }),
      fc.record({ not: tie('tree') }),
    ),
  }));

  it('builds a json-rules-engine Rule from each accepted document', () => {
    const base = defaultRules.find((r) => r.id === 'job-search.diversify');
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(top, (conditions) => {
        const doc = { ...base, id: 'generated.rule', conditions };
        if (validateRules([doc]).length > 0) {
          refused++;
        } else {
          accepted++;
          const build = () =>
            new Rule({ conditions: conditions as never, event: { type: 'generated.rule' } });
          expect(build).not.toThrow();
        }
      }),
      runs(500, 8803),
    );
    // Both verdicts reached, or the property says nothing.
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });
});
