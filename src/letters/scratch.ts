/**
 * Reused typed arrays for the working columns of the letter checks (a byte
 * per token or per distinct word). Letters are read and checked one at a
 * time, synchronously, so each column can live in a buffer of its own that
 * every letter reuses: a view of it, zeroed, is valid until the same column
 * is asked for again (the next letter). A fresh typed array costs V8 a
 * buffer outside its heap — measured 200–550 ns for 70–90 entries, against
 * 36 ns for a view — and a note at the record limits needs thousands of
 * entries a column.
 */

/**
 * A column of bytes: `(length) => Uint8Array`, `length` zeros in a buffer
 * reused from call to call (grown when too short).
 *
 * @example
 * const marks = byteColumn()
 * const forThisLetter = marks(letter.count) // all 0; valid until marks() is called again
 */
export function byteColumn(): (length: number) => Uint8Array {
  let buffer = new Uint8Array(256);
  return (length) => {
    if (buffer.length < length) buffer = new Uint8Array(Math.max(length, buffer.length * 2));
    const view = buffer.subarray(0, length);
    view.fill(0);
    return view;
  };
}
