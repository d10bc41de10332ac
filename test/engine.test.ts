import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  createFollowUpEngine,
  defaultPolicy,
  defaultRules,
  evaluate,
  type FollowUpPlan,
  isOptionsValidationError,
  isRecordValidationError,
  isRuleValidationError,
  type RuleDocument,
  type RuleValidationError,
} from '../src/index.js';
import { type Json, linkedInRule, planAt, record, sentNote } from './helpers/plan.js';
import { deepFreeze } from './helpers/records.js';

const NOW = '2026-11-26T09:00:00-05:00';

function ruleErrors(make: () => unknown): { ruleId: string; path: string; message: string }[] {
  try {
    make();
  } catch (error) {
    expect(isRuleValidationError(error)).toBe(true);
    return [...(error as RuleValidationError).issues];
  }
  throw new Error('expected a RuleValidationError');
}

const linkedIn = linkedInRule;

describe('createFollowUpEngine', () => {
  it('exposes the active rules: defaults, plus extras, minus disabled', () => {
    const engine = createFollowUpEngine({
      extraRules: [linkedIn],
      disable: ['job-search.diversify'],
    });
    const ids = engine.rules.map((r) => r.id);
    expect(ids).toContain('acme.linkedin-after-note');
    expect(ids).not.toContain('job-search.diversify');
    expect(ids).toHaveLength(defaultRules.length);
  });

  it('runs an extra rule once per subject', async () => {
    const r = record((r) => {
      r.thankYouNotes = [sentNote('r1', 'p1', '2026-11-25T18:00:00-05:00')];
    });
    const plan = await planAt(r, NOW, {}, { extraRules: [linkedIn] });
    const hits = plan.actions.filter((a) => a.id === 'acme.linkedin-after-note');
    expect(hits.map((a) => a.subject)).toEqual([
      { kind: 'interviewer', id: 'p1', name: 'Tom Baker', interviewId: 'r1' },
    ]);
    expect(hits[0]!.because).toEqual([
      'The thank-you note to Tom Baker went out Wednesday, November 25 at 6:00 PM.',
    ]);
    expect(hits[0]!.ruleId).toBe('acme.linkedin-after-note');
  });

  it('replaces the defaults with `rules`', async () => {
    const plan = await planAt(record(), NOW, {}, { rules: [linkedIn] });
    expect(plan.actions).toEqual([]);
    expect(plan.deadlines).toEqual([]);
  });

  it('overrides a bundled rule: disable it and add a changed copy', async () => {
    const send = defaultRules.find((r) => r.id === 'thank-you.send')!;
    const plan = await planAt(
      record(),
      NOW,
      {},
      { disable: ['thank-you.send'], extraRules: [{ ...send, priority: 'critical' }] },
    );
    expect(plan.actions[0]).toMatchObject({ id: 'thank-you.send', priority: 'critical' });
  });

  it('refuses to disable a rule that does not exist', () => {
    expect(ruleErrors(() => createFollowUpEngine({ disable: ['thank-you.sned'] }))).toEqual([
      expect.objectContaining({ ruleId: 'thank-you.sned', path: '$.disable' }),
    ]);
  });

  it('refuses a duplicate id, even against a bundled rule', () => {
    const send = defaultRules.find((r) => r.id === 'thank-you.send')!;
    expect(ruleErrors(() => createFollowUpEngine({ extraRules: [send] }))).toEqual([
      expect.objectContaining({ ruleId: 'thank-you.send', path: '$.id' }),
    ]);
  });

  const bad: [string, (r: Json) => void, string, RegExp][] = [
    [
      'an unknown fact, with a suggestion',
      (r) => (r.conditions.all[0].fact = 'pear'),
      '$.conditions.all[0].fact',
      /Did you mean "pair"/,
    ],
    [
      'an unknown field',
      (r) => (r.conditions.all[0].path = 'noteSnet'),
      '$.conditions.all[0].path',
      /Did you mean "noteSent"/,
    ],
    [
      'an unknown operator',
      (r) => (r.conditions.all[0].operator = 'equals'),
      '$.conditions.all[0].operator',
      /Did you mean "equal"/,
    ],
    [
      'a JSONPath filter expression',
      (r) => (r.conditions.all[0].path = "$[?(this.constructor.constructor('return process')())]"),
      '$.conditions.all[0].path',
      /not a plain property path/,
    ],
    [
      'a fact out of scope',
      (r) => (r.conditions.all[0] = { fact: 'offer', path: 'id', operator: 'equal', value: 'x' }),
      '$.conditions.all[0].fact',
      /only available to rules of scope "offer"/,
    ],
    [
      'a numeric operator on text',
      (r) =>
        (r.conditions.all[0] = {
          fact: 'pair',
          path: 'interviewerName',
          operator: 'greaterThan',
          value: 1,
        }),
      '$.conditions.all[0].operator',
      /compares numbers/,
    ],
    [
      'an unknown placeholder',
      (r) => (r.title = 'Hello {pair.name}'),
      '$.title',
      /Unknown placeholder \{pair.name\}/,
    ],
    [
      'an unmatched brace',
      (r) => (r.detail = 'Oops {pair.interviewerName'),
      '$.detail',
      /Unmatched "\{"/,
    ],
    [
      'a named shared condition',
      (r) => (r.conditions.all[0] = { condition: 'shared' }),
      '$.conditions.all[0].condition',
      /not supported/,
    ],
    [
      'fact params',
      (r) => (r.conditions.all[0].params = { x: 1 }),
      '$.conditions.all[0].params',
      /parameters are not supported/,
    ],
    ['a missing title on an action', (r) => delete r.title, '$.title', /needs "title"/],
    ['a guideline out of range', (r) => (r.guidelines = [17]), '$.guidelines[0]', /.+/],
    ['no reason', (r) => (r.because = []), '$.because', /at least one reason/],
    ['a dueAt that is not a date', (r) => (r.dueAt = 'pair.interviewerName'), '$.dueAt', /is text/],
    ['an unknown key', (r) => (r.colour = 'red'), '$.colour', /Unknown key/],
    ['a bad id', (r) => (r.id = 'Has Spaces'), '$.id', /lowercase/],
  ];

  it.each(bad)('refuses %s, naming rule and path', (_, change, path, message) => {
    const doc = structuredClone(linkedIn) as Json;
    change(doc);
    const issues = ruleErrors(() => createFollowUpEngine({ extraRules: [doc as RuleDocument] }));
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
    expect(issue!.ruleId).toBe(doc.id);
  });

  it('reports every problem of every rule at once', () => {
    const a = { ...structuredClone(linkedIn), id: 'a.one', title: '{nope}' } as Json;
    const b = { ...structuredClone(linkedIn), id: 'b.two', priority: 'urgent' } as Json;
    const issues = ruleErrors(() => createFollowUpEngine({ rules: [a, b] as RuleDocument[] }));
    expect(issues.map((i) => `${i.ruleId} ${i.path}`)).toEqual([
      'a.one $.title',
      'b.two $.priority',
    ]);
  });

  it('never evaluates a JSONPath script: the rule is refused before anything runs', async () => {
    const g = globalThis as { __pwned?: number };
    const doc = structuredClone(linkedIn) as Json;
    doc.conditions.all[0].path = '$[?(globalThis.__pwned = 1)]';
    expect(() => createFollowUpEngine({ extraRules: [doc as RuleDocument] })).toThrow(
      /plain property path/,
    );
    expect(g.__pwned).toBeUndefined();
  });

  it('validates engine options', () => {
    expect(() => createFollowUpEngine({ policy: { thankYouBusinessDays: -1 } })).toThrow(
      expect.objectContaining({ name: 'OptionsValidationError' }),
    );
    expect(() => createFollowUpEngine({ timeZone: 'Mars/Base' })).toThrow(/Invalid options/);
  });
});

describe('evaluate', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the plan shape of SPEC §5', async () => {
    const plan = await evaluate(record(), { now: NOW });
    expectTypeOf(plan).toEqualTypeOf<FollowUpPlan>();
    expect(plan).toMatchObject({
      recordId: 'rec-1',
      evaluatedAt: '2026-11-26T09:00:00.000-05:00',
      timeZone: 'America/New_York',
      stage: 'following-up',
    });
    for (const item of [...plan.actions, ...plan.warnings, ...plan.deadlines]) {
      expect(item.guidelines.length).toBeGreaterThan(0);
      expect(item.because.length).toBeGreaterThan(0);
      for (const g of item.guidelines) expect(g).toBeGreaterThanOrEqual(1);
    }
  });

  it('reads the clock only when `now` is omitted', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T14:00:00Z') });
    const implicit = await evaluate(record());
    expect(implicit.evaluatedAt).toBe('2026-11-26T09:00:00.000-05:00');
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const explicit = await evaluate(record(), { now: NOW });
    expect(explicit).toEqual(implicit);
  });

  it('accepts `now` as a Date', async () => {
    const a = await evaluate(record(), { now: new Date('2026-11-26T14:00:00Z') });
    const b = await evaluate(record(), { now: NOW });
    expect(a).toEqual(b);
  });

  it('is deterministic and leaves a deep-frozen input untouched', async () => {
    const input = deepFreeze(
      record((r) => {
        r.thankYouNotes = [
          sentNote('r1', 'p1', '2026-11-25T18:00:00-05:00', { body: 'Thank you!' }),
        ];
      }),
    );
    const copy = structuredClone(input);
    const a = await evaluate(input, { now: NOW, holidays: { country: 'US' } });
    const b = await evaluate(input, { now: NOW, holidays: { country: 'US' } });
    expect(a).toEqual(b);
    expect(input).toEqual(copy);
  });

  it('uses the zone option, then the candidate zone, then the engine zone, then UTC', async () => {
    const noZone = record((r) => delete r.candidate.timeZone);
    expect((await evaluate(noZone, { now: NOW })).timeZone).toBe('UTC');
    expect((await evaluate(record(), { now: NOW })).timeZone).toBe('America/New_York');
    expect((await evaluate(record(), { now: NOW, timeZone: 'Asia/Kolkata' })).timeZone).toBe(
      'Asia/Kolkata',
    );
    const engine = createFollowUpEngine({ timeZone: 'Europe/London' });
    expect((await engine.evaluate(noZone, { now: NOW })).timeZone).toBe('Europe/London');
    expect((await engine.evaluate(record(), { now: NOW })).timeZone).toBe('America/New_York');
  });

  it('writes every date with the plan zone offset', async () => {
    const plan = await evaluate(record(), { now: NOW, timeZone: 'Pacific/Chatham' });
    const dates = [
      plan.evaluatedAt,
      ...plan.actions.flatMap((a) => (a.dueAt ? [a.dueAt] : [])),
      ...plan.deadlines.flatMap((d) => [d.dueAt, ...(d.opensAt ? [d.opensAt] : [])]),
    ];
    expect(dates.length).toBeGreaterThan(3);
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+1[23]:45$/);
  });

  it('rejects bad options with OptionsValidationError naming the option', async () => {
    const cases: [Json, string][] = [
      [{ now: 'yesterday' }, '$.now'],
      [{ now: new Date('nope') }, '$.now'],
      [{ timeZone: 'Nowhere/Land' }, '$.timeZone'],
      [{ policy: { followUpCallDays: { from: 10, to: 7 } } }, '$.policy.followUpCallDays'],
      [{ policy: { letterSimilarityThreshold: 2 } }, '$.policy.letterSimilarityThreshold'],
      [{ policy: { thankYouDays: 2 } }, '$.policy.thankYouDays'],
      [{ holidays: ['2026-13-01'] }, '$.holidays[0]'],
      [{ holidays: { country: 'XX' } }, '$.holidays.country'],
    ];
    for (const [options, path] of cases) {
      const error = await evaluate(record(), { now: NOW, ...options }).catch((e: unknown) => e);
      expect(isOptionsValidationError(error), JSON.stringify(options)).toBe(true);
      expect((error as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(path);
    }
  });

  it('rejects a bad record with RecordValidationError', async () => {
    const error = await evaluate({ id: 1 }, { now: NOW }).catch((e: unknown) => e);
    expect(isRecordValidationError(error)).toBe(true);
  });

  it('keeps the default policy frozen and as in the module', () => {
    expect(Object.isFrozen(defaultPolicy)).toBe(true);
    expect(Object.isFrozen(defaultPolicy.followUpCallDays)).toBe(true);
    expect(defaultPolicy).toEqual({
      thankYouBusinessDays: 2,
      referenceAlertBusinessDays: 1,
      followUpCallDays: { from: 7, to: 10 },
      followUpIntervalDays: 7,
      maxFollowUpsPer7Days: 2,
      maxUnansweredFollowUps: 3,
      offerLeverageBusinessDays: 2,
      letterSimilarityThreshold: 0.9,
    });
  });

  it('orders items as SPEC §5 says', async () => {
    const plan = await evaluate(
      record((r) => {
        r.references.push({ id: 'ref-2', name: 'Zoe Quinn' });
        r.employer.preferredContact = undefined;
        r.interviews[0].interviewers[1].title = undefined;
      }),
      { now: '2026-12-10T09:00:00-05:00' },
    );
    const rank = { critical: 0, high: 1, medium: 2, low: 3 } as const;
    const sev = { critical: 0, warning: 1, info: 2 } as const;
    for (let i = 1; i < plan.actions.length; i++) {
      const [a, b] = [plan.actions[i - 1]!, plan.actions[i]!];
      expect(rank[a.priority] <= rank[b.priority]).toBe(true);
      if (a.priority === b.priority) {
        const [da, db] = [
          a.dueAt ? Date.parse(a.dueAt) : Infinity,
          b.dueAt ? Date.parse(b.dueAt) : Infinity,
        ];
        expect(da <= db).toBe(true);
        if (da === db) expect(a.id <= b.id).toBe(true);
      }
    }
    for (let i = 1; i < plan.warnings.length; i++) {
      const [a, b] = [plan.warnings[i - 1]!, plan.warnings[i]!];
      expect(sev[a.severity] < sev[b.severity] || (a.severity === b.severity && a.id <= b.id)).toBe(
        true,
      );
    }
    for (let i = 1; i < plan.deadlines.length; i++) {
      const [a, b] = [plan.deadlines[i - 1]!, plan.deadlines[i]!];
      expect(
        Date.parse(a.dueAt) < Date.parse(b.dueAt) || (a.dueAt === b.dueAt && a.id <= b.id),
      ).toBe(true);
    }
    expect(plan.actions.length + plan.warnings.length + plan.deadlines.length).toBeGreaterThan(6);
  });
});

describe('a shared engine', () => {
  /** 50 varied records: different rounds, notes, contacts and outcomes. */
  function fifty(): Json[] {
    const outcomes = ['pending', 'pending', 'offer', 'rejected', 'withdrawn'];
    return Array.from({ length: 50 }, (_, i) =>
      record((r) => {
        r.id = `rec-${i}`;
        const day = String(2 + (i % 25)).padStart(2, '0');
        r.interviews[0].startsAt = `2026-11-${day}T10:00:00-05:00`;
        r.interviews[0].endsAt = `2026-11-${day}T11:00:00-05:00`;
        if (i % 3 === 0) r.thankYouNotes = [sentNote('r1', 'p1', `2026-11-${day}T18:00:00-05:00`)];
        if (i % 4 === 0)
          r.contacts = [
            { at: `2026-11-${day}T19:00:00-05:00`, direction: 'outbound', channel: 'phone' },
          ];
        if (i % 5 === 0) r.references = [];
        r.outcome = { status: outcomes[i % outcomes.length] };
      }),
    );
  }

  it('gives the same plans in parallel as in sequence (50 records)', async () => {
    const engine = createFollowUpEngine({ holidays: { country: 'US' } });
    const records = fifty();
    const sequential: FollowUpPlan[] = [];
    for (const r of records)
      sequential.push(await engine.evaluate(r, { now: '2026-11-30T12:00:00Z' }));
    const parallel = await Promise.all(
      records.map((r) => engine.evaluate(r, { now: '2026-11-30T12:00:00Z' })),
    );
    expect(parallel).toEqual(sequential);
    // The plans differ from one another, so the comparison means something.
    expect(
      new Set(sequential.map((p) => JSON.stringify(p.actions.map((a) => a.id)))).size,
    ).toBeGreaterThan(3);
  });

  it('evaluateMany yields plans and errors in input order, and goes on after a bad record', async () => {
    const engine = createFollowUpEngine();
    const input: unknown[] = [record(), { id: 'broken' }, record((r) => (r.id = 'third'))];
    async function* stream() {
      for (const r of input) yield r;
    }
    const out = [];
    for await (const result of engine.evaluateMany(stream(), { now: NOW })) out.push(result);
    expect(out.map((o) => o.index)).toEqual([0, 1, 2]);
    expect(out[0]!.plan?.recordId).toBe('rec-1');
    expect(isRecordValidationError(out[1]!.error)).toBe(true);
    expect(out[2]!.plan?.recordId).toBe('third');
    const fromArray = [];
    for await (const result of engine.evaluateMany(input, { now: NOW })) fromArray.push(result);
    expect(fromArray).toEqual(out);
  });

  it('evaluateMany refuses something that is not iterable', async () => {
    const engine = createFollowUpEngine();
    const iterator = engine.evaluateMany(42 as never)[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toThrow(/iterable/);
  });
});

describe('host code that fails', () => {
  it('a spell checker that throws is an OptionsValidationError for that record', async () => {
    const engine = createFollowUpEngine({
      spellChecker: {
        correct: () => {
          throw new Error('dictionary offline');
        },
      },
    });
    const withBody = record((r) => {
      r.thankYouNotes = [
        sentNote('r1', 'p1', '2026-11-25T18:00:00-05:00', { body: 'Thank you, Tom!' }),
      ];
    });
    const results = [];
    for await (const r of engine.evaluateMany([withBody, record()], { now: NOW })) results.push(r);
    expect(isOptionsValidationError(results[0]!.error)).toBe(true);
    expect(results[0]!.error!.issues[0]).toMatchObject({ path: '$.spellChecker' });
    expect(results[1]!.plan?.recordId).toBe('rec-1');
  });
});

describe('settings a host got wrong, or that change under the engine', () => {
  function optionsIssues(make: () => unknown): { path: string; message: string }[] {
    try {
      make();
    } catch (error) {
      expect(isOptionsValidationError(error), String(error)).toBe(true);
      return [...(error as { issues: { path: string; message: string }[] }).issues];
    }
    throw new Error('expected an OptionsValidationError');
  }

  it('refuses `disable` that is not a list of ids, instead of reading a string letter by letter', () => {
    expect(
      optionsIssues(() => createFollowUpEngine({ disable: 'thank-you.send' as never })),
    ).toEqual([
      { path: '$.disable', message: 'Expected a list of rule ids, e.g. ["job-search.diversify"].' },
    ]);
    expect(optionsIssues(() => createFollowUpEngine({ disable: [5] as never }))).toEqual([
      { path: '$.disable[0]', message: 'Expected a rule id.' },
    ]);
  });

  it('refuses a config or options that are not objects, naming $', async () => {
    for (const bad of [null, 5, 'x', []]) {
      expect(optionsIssues(() => createFollowUpEngine(bad as never))[0]?.path).toBe('$');
      const error = await evaluate(record(), bad as never).catch((e: unknown) => e);
      expect(isOptionsValidationError(error), String(bad)).toBe(true);
    }
  });

  it('reads each setting once; a getter that throws is an error at its path', async () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    for (const key of ['rules', 'policy', 'holidays', 'timeZone', 'disable'] as const) {
      const config = Object.defineProperty({}, key, { get: boom, enumerable: true });
      expect(optionsIssues(() => createFollowUpEngine(config))).toEqual([
        { path: `$.${key}`, message: 'Could not be read: boom' },
      ]);
    }
    for (const key of ['now', 'timeZone', 'holidays', 'policy'] as const) {
      const options = Object.defineProperty({}, key, { get: boom, enumerable: true });
      const error = await evaluate(record(), options).catch((e: unknown) => e);
      expect(isOptionsValidationError(error), key).toBe(true);
      expect((error as { issues: unknown[] }).issues).toEqual([
        { path: `$.${key}`, message: 'Could not be read: boom' },
      ]);
    }
    const policy = {
      get followUpCallDays(): never {
        throw new Error('nope');
      },
    };
    const error = await evaluate(record(), { now: NOW, policy } as never).catch((e: unknown) => e);
    expect((error as { issues: unknown[] }).issues).toEqual([
      { path: '$.policy.followUpCallDays', message: 'Could not be read: nope' },
    ]);
    const checker = {
      get correct(): never {
        throw new Error('no');
      },
    };
    expect(optionsIssues(() => createFollowUpEngine({ spellChecker: checker as never }))).toEqual([
      {
        path: '$.spellChecker',
        message: 'Expected an object with a correct(word) method, such as an nspell instance.',
      },
    ]);
  });

  it('names the rule whose getter throws', () => {
    const rule = { ...linkedIn };
    Object.defineProperty(rule, 'title', {
      enumerable: true,
      get(): never {
        throw new Error('gone');
      },
    });
    expect(ruleErrors(() => createFollowUpEngine({ extraRules: [rule] }))).toEqual([
      { ruleId: '#0', path: '$.title', message: 'Could not be read: gone' },
    ]);
  });

  it('reads a rule once: a getter that gives another value on a second read changes nothing', async () => {
    let reads = 0;
    const rule = { ...linkedIn };
    Object.defineProperty(rule, 'priority', {
      enumerable: true,
      get() {
        reads += 1;
        return reads === 1 ? 'low' : { not: 'a priority' };
      },
    });
    const engine = createFollowUpEngine({ extraRules: [rule] });
    expect(reads).toBe(1);
    const r = record((r) => {
      r.thankYouNotes = [sentNote('r1', 'p1', '2026-11-25T18:00:00-05:00')];
    });
    const plan = await engine.evaluate(r, { now: NOW });
    expect(plan.actions.find((a) => a.id === 'acme.linkedin-after-note')?.priority).toBe('low');
  });

  it('exposes deep-frozen rules: changing them throws and changes no plan', async () => {
    const extra = structuredClone(linkedIn) as Json;
    const engine = createFollowUpEngine({ extraRules: [extra as RuleDocument] });
    const r = record((r) => {
      r.thankYouNotes = [sentNote('r1', 'p1', '2026-11-25T18:00:00-05:00')];
    });
    const before = await engine.evaluate(r, { now: NOW });
    const deep = (value: unknown): boolean =>
      typeof value !== 'object' ||
      value === null ||
      (Object.isFrozen(value) && Object.values(value).every(deep));
    expect(engine.rules.every(deep)).toBe(true);
    const first = engine.rules[0] as Json;
    expect(() => {
      first.guidelines = null;
    }).toThrow(TypeError);
    expect(() => {
      first.because.push('x');
    }).toThrow(TypeError);
    // The host's own objects stay the host's, unfrozen, and changing them changes nothing.
    expect(Object.isFrozen(extra)).toBe(false);
    extra.title = 'Changed';
    extra.conditions = { all: [] };
    expect(await engine.evaluate(r, { now: NOW })).toEqual(before);
  });
});
