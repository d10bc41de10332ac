/**
 * A stable, deterministic digest for identifiers (iCalendar UIDs): 128-bit
 * FNV-1a over the UTF-8 bytes of the text. Not cryptographic — it only has to
 * give the same id for the same item on every run and on every platform, and
 * different ids for different items. Plain JavaScript (no `node:crypto`), so
 * it runs the same in browsers.
 */

const FNV_PRIME = 0x0000000001000000000000000000013bn;
const FNV_OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const MASK = (1n << 128n) - 1n;

/** The 128-bit FNV-1a digest of `text` (UTF-8), as 32 lowercase hex digits. */
export function fnv1a128(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(32, '0');
}
