/**
 * The record checks that span fields: unique ids, notes that name a
 * real round and one of its interviewers, `sentAt` exactly on sent notes,
 * `endsAt` after `startsAt`, `followUpRequestedOn` only on inbound contacts,
 * `answeredAt` on an offer that has a `decision`.
 *
 * They read the record as it is, not as the schema typed it, and look only
 * at the parts that are well formed, so they run beside the field-by-field
 * schema and one pass reports every problem: a note naming an unknown round
 * is reported even while another field is malformed. A check whose inputs
 * are themselves malformed is skipped (the schema reports those). Messages
 * name what is wrong, never the values (the path says where they are).
 */

import { hasSupportedYear } from '../calendar/supported-years.js';
import { endsBefore } from '../calendar/time-formats.js';
import { formatPath, type IssueCode, type ValidationIssue } from '../errors.js';

type Plain = Readonly<Record<string, unknown>>;
type At = (string | number)[];

const asObject = (v: unknown): Plain | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Plain) : undefined;
const asList = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
/** The `id` of a list item, when it is a well-formed one. */
const idOf = (v: unknown): string | undefined => {
  const id = asObject(v)?.id;
  return isId(id) ? id : undefined;
};

function push(issues: ValidationIssue[], code: IssueCode, at: At, message: string): void {
  issues.push({ code, path: formatPath(at), pathSegments: at, message });
}

function duplicates(items: readonly unknown[], at: At, what: string, issues: ValidationIssue[]) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = idOf(item);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else {
      push(
        issues,
        'duplicate_id',
        [...at, i, 'id'],
        `Duplicate ${what} id (first used at index ${first}).`,
      );
    }
  });
}

/**
 * The panel of each round (interviewer ids), `undefined` for a round whose
 * panel is malformed; and whether every round has a well-formed id (else a
 * note naming an unknown round may name the malformed one: not reported).
 */
function roundsOf(interviews: readonly unknown[]) {
  const rounds = new Map<string, ReadonlySet<string> | undefined>();
  let complete = true;
  for (const round of interviews) {
    const id = idOf(round);
    if (id === undefined) {
      complete = false;
      continue;
    }
    if (rounds.has(id)) continue;
    const panel = asObject(round)?.interviewers;
    const ids = Array.isArray(panel) ? panel.map(idOf) : [undefined];
    const known = ids.every((p) => p !== undefined);
    rounds.set(id, known ? new Set(ids as string[]) : undefined);
  }
  return { rounds, complete };
}

function checkNotes(record: Plain, issues: ValidationIssue[]): void {
  const { rounds, complete } = roundsOf(asList(record.interviews));
  asList(record.thankYouNotes).forEach((item, n) => {
    const note = asObject(item);
    if (note === undefined) return;
    const at: At = ['thankYouNotes', n];
    if (isId(note.interviewId)) {
      const known = rounds.has(note.interviewId);
      const panel = rounds.get(note.interviewId);
      if (!known && complete) {
        push(issues, 'unknown_reference', [...at, 'interviewId'], 'No interview has this id.');
      } else if (
        panel !== undefined &&
        isId(note.interviewerId) &&
        !panel.has(note.interviewerId)
      ) {
        push(
          issues,
          'unknown_reference',
          [...at, 'interviewerId'],
          'The interview named by interviewId has no interviewer with this id.',
        );
      }
    }
    if (note.status === 'sent' && note.sentAt === undefined) {
      push(issues, 'required', [...at, 'sentAt'], 'A sent note needs sentAt.');
    }
    if (note.status === 'draft' && note.sentAt !== undefined) {
      push(
        issues,
        'inconsistent',
        [...at, 'sentAt'],
        'A draft has no sentAt: set status to "sent" or remove sentAt.',
      );
    }
  });
}

/** Every cross-field problem of a record (well-formed parts only), in document order. */
export function crossCheckRecord(input: unknown): ValidationIssue[] {
  const record = asObject(input);
  if (record === undefined) return [];
  const issues: ValidationIssue[] = [];
  const interviews = asList(record.interviews);
  duplicates(interviews, ['interviews'], 'interview', issues);
  interviews.forEach((item, r) => {
    const round = asObject(item);
    if (round === undefined) return;
    duplicates(
      asList(round.interviewers),
      ['interviews', r, 'interviewers'],
      'interviewer',
      issues,
    );
    const { startsAt, endsAt } = round;
    // endsBefore is false unless both are date-times (the schema reports those).
    if (typeof startsAt === 'string' && typeof endsAt === 'string') {
      if (hasSupportedYear(startsAt) && hasSupportedYear(endsAt) && endsBefore(endsAt, startsAt)) {
        push(
          issues,
          'inconsistent',
          ['interviews', r, 'endsAt'],
          'Ends before it starts (startsAt).',
        );
      }
    }
  });
  checkNotes(record, issues);
  asList(record.contacts).forEach((item, c) => {
    const contact = asObject(item);
    if (contact?.direction === 'outbound' && contact.followUpRequestedOn !== undefined) {
      push(
        issues,
        'inconsistent',
        ['contacts', c, 'followUpRequestedOn'],
        'Only an inbound contact (the employer asking to hear back) can carry it.',
      );
    }
  });
  duplicates(asList(record.references), ['references'], 'reference', issues);
  const offers = asList(record.otherOffers);
  duplicates(offers, ['otherOffers'], 'offer', issues);
  offers.forEach((item, o) => {
    const offer = asObject(item);
    if (offer && offer.decision !== undefined && offer.answeredAt === undefined) {
      push(
        issues,
        'required',
        ['otherOffers', o, 'answeredAt'],
        'An offer with a decision needs answeredAt (when the answer was given).',
      );
    }
  });
  return issues;
}
