/**
 * A stand-in typed as the real interface `T`, built from only the members a test needs. Reading any
 * other member gives a function that throws, naming the fake and the member, so a service that
 * starts calling something new fails with a clear message instead of `undefined is not a function`.
 */

/** Properties that test tooling (vitest's matchers and printers, `await`) probes on any object. */
const PROBED = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
]);

export function strictFake<T extends object>(name: string, members: Partial<T>): T {
  return new Proxy(members, {
    get(target, prop, receiver) {
      if (prop in target) return Reflect.get(target, prop, receiver);
      if (typeof prop === 'symbol' || PROBED.has(prop)) return undefined;
      return () => {
        throw new Error(`${name}.${prop} is not faked in this test; add it to the fake`);
      };
    },
  }) as T;
}
