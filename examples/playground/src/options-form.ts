/**
 * The evaluation options' controls: `now`, zone, holidays, locale (in the
 * page's HTML) and one labelled number field per policy figure (built here
 * from `defaultPolicy`), read as `EvaluateOptions`.
 */
import { defaultPolicy, type EvaluateOptions, type PolicyOverrides } from 'interview-followup';
import { byId, h } from './dom.js';

const nowInput = byId<HTMLInputElement>('now');
const zoneInput = byId<HTMLInputElement>('zone');
const country = byId<HTMLSelectElement>('country');
const state = byId<HTMLInputElement>('state');
const localeSelect = byId<HTMLSelectElement>('locale');
const policyBox = byId('policy');

// ---- Policy figures: one labelled number field each, from defaultPolicy.
const policyFields: { path: string[]; input: HTMLInputElement; fallback: number }[] = [];
for (const [name, value] of Object.entries(defaultPolicy)) {
  const parts: [string[], number][] =
    typeof value === 'number'
      ? [[[name], value]]
      : Object.entries(value as Record<string, number>).map(([k, v]) => [[name, k], v]);
  for (const [path, fallback] of parts) {
    const id = `policy-${path.join('-')}`;
    const input = h('input', {
      id,
      type: 'number',
      step: Number.isInteger(fallback) ? '1' : '0.05',
      value: String(fallback),
      'aria-describedby': `${id}-errors`,
    });
    policyFields.push({ path, input, fallback });
    policyBox.append(
      h(
        'div',
        { class: 'field' },
        h('label', { for: id }, path.join('.')),
        input,
        h('div', { id: `${id}-errors`, class: 'errors', 'aria-live': 'polite' }),
      ),
    );
  }
}

/** The options of the controls; a figure left at its default is not sent. */
export function readOptions(): EvaluateOptions {
  const policy: Record<string, unknown> = {};
  for (const { path, input, fallback } of policyFields) {
    if (input.value.trim() === '' || Number(input.value) === fallback) continue;
    const [name, part] = path as [string, string?];
    const value = Number(input.value);
    if (part === undefined) policy[name] = value;
    else policy[name] = { ...(policy[name] as object), [part]: value };
  }
  return {
    now: nowInput.value.trim(),
    ...(zoneInput.value.trim() ? { timeZone: zoneInput.value.trim() } : {}),
    ...(country.value
      ? {
          holidays: {
            country: country.value,
            ...(state.value.trim() ? { state: state.value.trim() } : {}),
          },
        }
      : {}),
    ...(localeSelect.value ? { locale: localeSelect.value } : {}),
    ...(Object.keys(policy).length > 0 ? { policy: policy as PolicyOverrides } : {}),
  };
}

/** Calls `listener` whenever a control changes, by typing or choosing. */
export function onOptionsChange(listener: () => void): void {
  for (const control of [nowInput, zoneInput, state]) control.addEventListener('input', listener);
  for (const control of [country, localeSelect]) control.addEventListener('change', listener);
  policyBox.addEventListener('input', listener);
}

/** Sets the `now` field (a sample record comes with the instant that shows it best). */
export function setNow(value: string): void {
  nowInput.value = value;
}
