/**
 * Errors beside their fields: each issue goes to the error box of the control
 * its path names (`$.now`, `$.policy.followUpCallDays.to`), record issues to
 * the record editor's, where its path selects the bad value.
 */
import type { ValidationIssue } from 'interview-followup';
import { byId, h } from './dom.js';
import { locate } from './json-locate.js';

const recordInput = byId<HTMLTextAreaElement>('record');

const errorBoxes = () => [...document.querySelectorAll<HTMLElement>('.errors')];

/** The error box of an option path (`$.policy.followUpCallDays.to`); the record's otherwise. */
function boxOf(issue: ValidationIssue): string {
  const [head, ...rest] = issue.pathSegments ?? [];
  if (head === 'now') return 'now-errors';
  if (head === 'timeZone') return 'zone-errors';
  if (head === 'holidays') return 'holidays-errors';
  if (head === 'locale') return 'locale-errors';
  if (head === 'policy' && rest.length > 0) {
    const id = `policy-${rest.join('-')}-errors`;
    return document.getElementById(id) ? id : `policy-${String(rest[0])}-errors`;
  }
  return 'record-errors';
}

/** Empties every error box but the custom rules' (they have their own check) and unmarks its field. */
export function clearErrors() {
  for (const box of errorBoxes()) {
    if (box.id === 'rule-issues') continue;
    box.replaceChildren();
    const field = document.querySelector(`[aria-describedby~="${box.id}"]`);
    field?.removeAttribute('aria-invalid');
  }
}

/** Shows the issues beside their fields; a record issue's path selects its value in the editor. */
export function showIssues(issues: readonly ValidationIssue[], asRecord: boolean) {
  const groups = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const id = asRecord ? 'record-errors' : boxOf(issue);
    groups.set(id, [...(groups.get(id) ?? []), issue]);
  }
  for (const [id, list] of groups) {
    const box = byId(id);
    for (const field of document.querySelectorAll(`[aria-describedby~="${id}"]`)) {
      field.setAttribute('aria-invalid', 'true');
    }
    box.replaceChildren(
      h(
        'ul',
        {},
        list.map((issue) => {
          const path =
            id === 'record-errors' && issue.pathSegments
              ? h(
                  'button',
                  { type: 'button', class: 'path', title: 'Select it in the record' },
                  issue.path,
                )
              : h('code', {}, issue.path);
          if (path instanceof HTMLButtonElement) {
            path.addEventListener('click', () => select(issue.pathSegments ?? []));
          }
          return h(
            'li',
            { 'data-path': issue.path, 'data-code': issue.code },
            path,
            `: ${issue.message}${issue.code ? ` (${issue.code})` : ''}`,
          );
        }),
      ),
    );
  }
}

/** Selects the value at a record path in the editor. */
function select(segments: readonly (string | number)[]) {
  const span = locate(recordInput.value, segments);
  recordInput.focus();
  if (span) recordInput.setSelectionRange(span.start, span.end);
}
