/**
 * The bundled rules: `rules/*.json`, one file per theme, inlined at build
 * time so the library needs no file access at run time.
 */
import decisionTimeline from '../../rules/decision-timeline.json' with { type: 'json' };
import followUp from '../../rules/follow-up.json' with { type: 'json' };
import interviewers from '../../rules/interviewers.json' with { type: 'json' };
import jobSearch from '../../rules/job-search.json' with { type: 'json' };
import offers from '../../rules/offers.json' with { type: 'json' };
import references from '../../rules/references.json' with { type: 'json' };
import rejection from '../../rules/rejection.json' with { type: 'json' };
import thankYou from '../../rules/thank-you.json' with { type: 'json' };
import type { RuleDocument } from './rule-schema.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The bundled rule documents, in theme order, deeply frozen. Pass a modified
 * copy as `rules` to change one; see the README on overriding rules.
 *
 * @example
 * import { defaultRules } from 'interview-followup'
 * defaultRules.map((r) => r.id) // ['decision-timeline.ask', …]
 */
export const defaultRules: readonly RuleDocument[] = /* @__PURE__ */ deepFreeze([
  ...decisionTimeline,
  ...interviewers,
  ...thankYou,
  ...references,
  ...jobSearch,
  ...followUp,
  ...offers,
  ...rejection,
] as RuleDocument[]);
