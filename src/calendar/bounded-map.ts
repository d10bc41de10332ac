/**
 * A map that holds at most a fixed number of entries: the caches of a
 * long-running host (zones, holiday calendars) stay the same size whatever
 * it is asked, however long it runs.
 */

/**
 * A `Map` capped at `capacity` entries. Reading an entry makes it the most
 * recently used; adding one past the cap drops the least recently used.
 */
export class BoundedMap<K, V> {
  readonly #entries = new Map<K, V>();
  /** The most recently used key: reading it again needs no reordering. */
  #newest: K | undefined;
  #hasNewest = false;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError('A bounded map needs a capacity of at least 1.');
    }
  }

  /** The number of entries held. */
  get size(): number {
    return this.#entries.size;
  }

  /** The value of `key`, now the most recently used, or `undefined`. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: moving the key to the end marks it as used
    // (the same key read again, the usual case, is already there).
    if (this.#hasNewest && this.#newest === key) return value;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    this.#newest = key;
    this.#hasNewest = true;
    return value;
  }

  /** Sets `key`, dropping the least recently used entry when the map is full. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, value);
    this.#newest = key;
    this.#hasNewest = true;
  }

  /** Drops every entry. */
  clear(): void {
    this.#entries.clear();
    this.#newest = undefined;
    this.#hasNewest = false;
  }
}
