/** A fresh, valid record for tests to tweak (the same as `record()` of plan.ts). */
export { record as validRecord } from './plan.js';

/** A deep copy with `Object.freeze` on every object and array. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
