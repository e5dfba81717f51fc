/** @module Appending to a map of lists in place (a spread per append is quadratic in a list's length). */

/** Appends `value` to the list under `key`, creating it. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
