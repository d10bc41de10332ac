/**
 * IANA time-zone names: validation, canonical names and UTC offsets.
 *
 * A zone is accepted in any letter case and under any name the runtime
 * knows for it (`aMeRiCa/NeW_yOrK`, `US/Eastern`), and stands for one name
 * (`America/New_York`, see {@link canonicalZone}). Everything remembered is
 * bounded: names by their lower case, and one offset reader per zone name
 * (there are a few hundred), so random-case names sent to a long-running
 * host cannot grow its memory.
 *
 * Offsets are read from `Intl` (`timeZoneName: 'longOffset'`, which writes
 * seconds where a zone's offset had them) and rounded to the whole minute,
 * since an ISO 8601 offset has no seconds: a few zones kept a local mean time
 * with seconds into the 20th century (Dublin −0:25:21 until 1916, Kolkata
 * +5:21:10 until 1906, Monrovia −0:44:30 until 1972). Rounded, every instant
 * the library writes reads back exactly, its local time within 30 s of the
 * clocks of the day.
 */
import { BoundedMap } from './bounded-map.js';

const ZONE_NAME_RE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/**
 * The runtime's canonical name of each zone name seen, by the name in lower
 * case (`''` for a name the runtime does not know). Zone names are matched
 * without regard to case, so every spelling of a zone shares one entry, and
 * a spelling seen for the first time costs no `Intl` object: creating
 * formatters by the thousand keeps hundreds of MB of ICU memory in the
 * process, even once they are collected.
 */
const resolvedNames = /* @__PURE__ */ new BoundedMap<string, string>(2048);

/** What is kept per zone name: its offset reader and its memo of offsets. */
interface ZoneInfo {
  readonly format: (date: Date) => string;
  /** 6-hour block → offset in minutes, for blocks no transition falls inside. */
  readonly blocks: Map<number, number>;
}

/**
 * One entry per zone name. Names are the runtime's canonical ones plus, at
 * most, one spelling of each alias (see {@link canonicalZone}): a few hundred
 * to a thousand or so, under the cap.
 */
const zones = /* @__PURE__ */ new BoundedMap<string, ZoneInfo>(2048);

/**
 * An alias written the way the IANA database writes the names of its
 * geographic areas: `Asia/Kolkata`, `America/Argentina/Buenos_Aires`. Each
 * word starts with a capital and goes on in lower case, so any name has at
 * most one spelling that fits.
 */
const USUAL_ALIAS_RE =
  /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)(?:\/[A-Z][a-z]+(?:_[A-Z][a-z]+)*)+$/;

/**
 * The name the library uses for the zone `zone` names, in any letter case or
 * alias the runtime knows, or `undefined` when it names none: the runtime's
 * canonical name (`Intl.DateTimeFormat#resolvedOptions().timeZone`), except
 * that an alias written the usual IANA way is kept as written (some runtimes
 * resolve `Asia/Kolkata` to `Asia/Calcutta`). Any other spelling of a name
 * gives its canonical name, so the names in use stay a bounded set. Fixed
 * offsets such as `+05:00` are not zones.
 *
 * @example
 * canonicalZone('aMeRiCa/NeW_yOrK') // 'America/New_York'
 * canonicalZone('US/Eastern') // 'America/New_York'
 * canonicalZone('Asia/Kolkata') // 'Asia/Kolkata'
 * canonicalZone('Mars/Olympus') // undefined
 */
export function canonicalZone(zone: string): string | undefined {
  if (typeof zone !== 'string' || !ZONE_NAME_RE.test(zone)) return undefined;
  const key = zone.toLowerCase();
  let resolved = resolvedNames.get(key);
  if (resolved === undefined) {
    try {
      resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      resolved = '';
    }
    resolvedNames.set(key, resolved);
  }
  if (resolved === '') return undefined;
  const alias = resolved.toLowerCase() !== key && USUAL_ALIAS_RE.test(zone);
  return alias ? zone : resolved;
}

/**
 * True when `zone` is an IANA time-zone name this runtime knows, in any
 * letter case, such as `America/New_York` or `UTC`. Fixed offsets like
 * `+05:00` are not accepted.
 *
 * @example
 * isTimeZone('Europe/London') // true
 * isTimeZone('europe/london') // true
 * isTimeZone('Mars/Olympus') // false
 */
export function isTimeZone(zone: string): boolean {
  return canonicalZone(zone) !== undefined;
}

/** The zone name last asked for and its entry: a plan asks for one zone many times over. */
let lastZone: string | undefined;
let lastInfo: ZoneInfo | undefined;

function infoOf(zone: string): ZoneInfo {
  if (zone === lastZone && lastInfo !== undefined) return lastInfo;
  const canonical = canonicalZone(zone);
  if (canonical === undefined) throw new RangeError('Unknown time zone.');
  let info = zones.get(canonical);
  if (info === undefined) {
    const { format } = new Intl.DateTimeFormat('en-US', {
      timeZone: canonical,
      timeZoneName: 'longOffset',
    });
    info = { format, blocks: new Map() };
    zones.set(canonical, info);
  }
  lastZone = zone;
  lastInfo = info;
  return info;
}

/** `GMT`, `GMT+05:30`, `GMT-00:44:30`: the offset at the end of a formatted date. */
const OFFSET_RE = /GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/;

/** The offset (minutes, rounded to the whole minute) written at the end of `text`. */
function parseOffset(text: string): number {
  const m = OFFSET_RE.exec(text);
  if (m === null) throw new RangeError('Unreadable time-zone offset.');
  if (m[1] === undefined) return 0;
  const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  const minutes = Math.round(seconds / 60);
  // `|| 0` keeps -0 out: -00:00:20 rounds to 0, not -0.
  return (m[1] === '-' ? -minutes : minutes) || 0;
}

function rawOffset(info: ZoneInfo, epochMs: number): number {
  return parseOffset(info.format(new Date(epochMs)));
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
let memoSize = 0;
/** The block memos holding entries (at most one per canonical zone). */
const memos = /* @__PURE__ */ new Set<Map<number, number>>();

/**
 * UTC offset of `zone` at the instant `epochMs`, in whole minutes (east
 * positive). Throws a `RangeError` for a zone the runtime does not know:
 * callers check zones first.
 */
export function offsetMinutes(zone: string, epochMs: number): number {
  const info = infoOf(zone);
  const block = Math.floor(epochMs / BLOCK_MS);
  const known = info.blocks.get(block);
  if (known !== undefined) return known;
  const start = rawOffset(info, block * BLOCK_MS);
  const end = rawOffset(info, (block + 1) * BLOCK_MS - 1);
  if (start !== end) return rawOffset(info, epochMs);
  if (memoSize >= MAX_MEMO) {
    // Forget every zone's blocks (a zone's formatter stays).
    for (const blocks of memos) blocks.clear();
    memos.clear();
    memoSize = 0;
  }
  info.blocks.set(block, start);
  memos.add(info.blocks);
  memoSize += 1;
  return start;
}
