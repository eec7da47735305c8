/**
 * A function giving one value per object, made on first use and kept as long as the
 * object lives. The engine and search keep work arrays this way per catalogue index:
 * a catalogue is an immutable snapshot, and a new one gets its own.
 */
export function perObject<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      value = make(key);
      values.set(key, value);
    }
    return value;
  };
}
