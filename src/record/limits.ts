/**
 * Size limits a record must respect. Going past one is a validation
 * error, never slowness: the limits keep the worst-case evaluation bounded.
 */
export const RECORD_LIMITS = /* @__PURE__ */ Object.freeze({
  /** Interview rounds in one record. */
  interviews: 50,
  /** Interviewers in one round. */
  interviewersPerRound: 50,
  /** Thank-you notes in one record. */
  thankYouNotes: 500,
  /** Contacts (calls, e-mails, letters) in one record. */
  contacts: 1000,
  /** References in one record. */
  references: 100,
  /** Other offers in one record. */
  otherOffers: 100,
  /** Characters in one thank-you note body. */
  noteBody: 20_000,
  /** Characters in a name, title, id, address or any other short text. */
  shortText: 1000,
  /** Upper bound of the counters in `jobSearch`. */
  counter: 100_000,
  /**
   * Values read before the schema is applied (objects, lists and scalars; one
   * reached twice through shared references — YAML anchors, a reused object —
   * counts twice). A record within every other limit has fewer than 34,000.
   */
  values: 100_000,
});
