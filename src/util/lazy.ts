/** A value built on first use and kept: `lazy(make)()` calls `make` once, however often it is read. */
export function lazy<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => {
    value ??= { made: make() };
    return value.made;
  };
}
