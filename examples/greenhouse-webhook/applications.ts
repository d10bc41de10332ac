/**
 * What the greenhouse-webhook example and the queue example's producer share:
 * the career app's own data about each candidate, and the grouping of an
 * org-wide list of scheduled interviews by application (a record is one
 * application).
 */
import type { CandidateContext, GreenhouseScheduledInterview } from 'interview-followup/adapters';

/** What the career app holds about each candidate, by Greenhouse application id. */
export const candidates: Readonly<Record<string, CandidateContext>> = {
  '4684156': {
    candidate: { name: 'Maya Chen', timeZone: 'America/New_York' },
    employer: { name: 'Northwind Analytics', preferredContact: 'email' },
    position: { title: 'Data Analyst' },
    references: [{ id: 'ref-1', name: 'Dr. Alan Park' }],
  },
  '432905': {
    candidate: { name: 'Jonah Okafor', timeZone: 'Europe/London' },
    employer: { name: 'Harbour Health Trust' },
    position: { title: 'Junior UX Designer' },
  },
};

/** The scheduled interviews grouped by `application_id`, in first-seen order. */
export function groupByApplication(
  payload: readonly GreenhouseScheduledInterview[],
): Map<string, GreenhouseScheduledInterview[]> {
  const byApplication = new Map<string, GreenhouseScheduledInterview[]>();
  for (const si of payload) {
    const id = String(si.application_id);
    byApplication.set(id, [...(byApplication.get(id) ?? []), si]);
  }
  return byApplication;
}
