/**
 * IANA time-zone names: validation and UTC offsets.
 *
 * Offsets come from `@date-fns/tz` (`tzOffset`, backed by `Intl`). Valid zone
 * names are remembered so a batch of records in the same zone validates once;
 * invalid names are not remembered, so hostile input cannot grow the cache.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';

const ZONE_NAME_RE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;
const knownZones = new Set<string>(['UTC']);

/**
 * True when `zone` is an IANA time-zone name this runtime knows, such as
 * `America/New_York` or `UTC`. Fixed offsets like `+05:00` are not accepted.
 *
 * @example
 * isTimeZone('Europe/London') // true
 * isTimeZone('Mars/Olympus') // false
 */
export function isTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  if (!ZONE_NAME_RE.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    return false;
  }
  knownZones.add(zone);
  return true;
}

function rawOffset(zone: string, epochMs: number): number {
  const offset = tzOffset(zone, new Date(epochMs));
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${zone}`);
  return offset;
}

/**
 * Offsets change only at transitions, so they are remembered per zone and
 * 6-hour block — but only for blocks whose two ends have the same offset,
 * which no transition can then fall inside (zones change at most twice a
 * year, never twice within six hours). A lookup is then a map read instead of
 * an `Intl` format. The memo is dropped when it grows past a bound.
 */
const BLOCK_MS = 6 * 3_600_000;
const MAX_MEMO = 50_000;
const memo = new Map<string, Map<number, number>>();
let memoSize = 0;

/** UTC offset of `zone` at the instant `epochMs`, in minutes (east positive). */
export function offsetMinutes(zone: string, epochMs: number): number {
  const block = Math.floor(epochMs / BLOCK_MS);
  let blocks = memo.get(zone);
  const known = blocks?.get(block);
  if (known !== undefined) return known;
  const start = rawOffset(zone, block * BLOCK_MS);
  const end = rawOffset(zone, (block + 1) * BLOCK_MS - 1);
  if (start !== end) return rawOffset(zone, epochMs);
  if (memoSize >= MAX_MEMO) {
    memo.clear();
    memoSize = 0;
    blocks = undefined;
  }
  if (blocks === undefined) {
    blocks = new Map();
    memo.set(zone, blocks);
  }
  blocks.set(block, start);
  memoSize += 1;
  return start;
}
