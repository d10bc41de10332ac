/**
 * IANA time-zone names: validation and UTC offsets.
 *
 * Offsets come from `@date-fns/tz` (`tzOffset`, backed by `Intl`). Valid zone
 * names are remembered so a batch of records in the same zone validates once;
 * invalid names are not remembered, so hostile input cannot grow the cache.
 */
import { tzOffset } from '@date-fns/tz';

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

/** UTC offset of `zone` at the instant `epochMs`, in minutes (east positive). */
export function offsetMinutes(zone: string, epochMs: number): number {
  const offset = tzOffset(zone, new Date(epochMs));
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${zone}`);
  return offset;
}
