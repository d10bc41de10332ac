/** A fresh, valid record for tests to tweak (the same as `record()` of plan.ts). */
export { record as validRecord } from './plan.js';

/** Freezes `value` and every object and array inside it, in place. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
