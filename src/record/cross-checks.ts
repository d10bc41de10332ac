/**
 * The record checks that span fields: unique ids, notes that name a
 * real round and one of its interviewers, `sentAt` exactly on sent notes,
 * `endsAt` after `startsAt`, `followUpRequestedOn` only on inbound contacts,
 * `answeredAt` on an offer that has a `decision`.
 * They run on a record that passed the field-by-field schema. Messages name
 * what is wrong, never the values (the path says where they are).
 */

import { endsBefore } from '../calendar/time-formats.js';
import type { ValidationIssue } from '../errors.js';
import { formatPath } from '../errors.js';
import type { InterviewRecord } from './schema.js';

function duplicates(
  items: readonly { id: string }[],
  at: (i: number) => PropertyKey[],
  what: string,
  issues: ValidationIssue[],
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      issues.push({
        path: formatPath([...at(i), 'id']),
        message: `Duplicate ${what} id (first used at index ${first}).`,
      });
  });
}

/** Every cross-field problem of a schema-valid record, in document order. */
export function crossCheckRecord(record: InterviewRecord): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  duplicates(record.interviews, (i) => ['interviews', i], 'interview', issues);
  const rounds = new Map<string, Set<string>>();
  record.interviews.forEach((round, r) => {
    duplicates(
      round.interviewers,
      (i) => ['interviews', r, 'interviewers', i],
      'interviewer',
      issues,
    );
    if (!rounds.has(round.id)) rounds.set(round.id, new Set(round.interviewers.map((p) => p.id)));
    if (round.endsAt !== undefined) {
      if (endsBefore(round.endsAt, round.startsAt)) {
        issues.push({
          path: formatPath(['interviews', r, 'endsAt']),
          message: 'Ends before it starts (startsAt).',
        });
      }
    }
  });
  record.thankYouNotes?.forEach((note, n) => {
    const panel = rounds.get(note.interviewId);
    if (panel === undefined) {
      issues.push({
        path: formatPath(['thankYouNotes', n, 'interviewId']),
        message: 'No interview has this id.',
      });
    } else if (!panel.has(note.interviewerId)) {
      issues.push({
        path: formatPath(['thankYouNotes', n, 'interviewerId']),
        message: 'The interview named by interviewId has no interviewer with this id.',
      });
    }
    if (note.status === 'sent' && note.sentAt === undefined) {
      issues.push({
        path: formatPath(['thankYouNotes', n, 'sentAt']),
        message: 'A sent note needs sentAt.',
      });
    }
    if (note.status === 'draft' && note.sentAt !== undefined) {
      issues.push({
        path: formatPath(['thankYouNotes', n, 'sentAt']),
        message: 'A draft has no sentAt: set status to "sent" or remove sentAt.',
      });
    }
  });
  record.contacts?.forEach((contact, c) => {
    if (contact.direction === 'outbound' && contact.followUpRequestedOn !== undefined) {
      issues.push({
        path: formatPath(['contacts', c, 'followUpRequestedOn']),
        message: 'Only an inbound contact (the employer asking to hear back) can carry it.',
      });
    }
  });
  if (record.references)
    duplicates(record.references, (i) => ['references', i], 'reference', issues);
  if (record.otherOffers) {
    duplicates(record.otherOffers, (i) => ['otherOffers', i], 'offer', issues);
    record.otherOffers.forEach((offer, o) => {
      if (offer.decision !== undefined && offer.answeredAt === undefined) {
        issues.push({
          path: formatPath(['otherOffers', o, 'answeredAt']),
          message: 'An offer with a decision needs answeredAt (when the answer was given).',
        });
      }
    });
  }
  return issues;
}
