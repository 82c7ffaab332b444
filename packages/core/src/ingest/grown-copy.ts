/** The typed arrays the compact screening and report tables keep their columns in. */
export type NumberColumn = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/**
 * A longer array of the same type holding `old`'s values first, zeros after: how the compact tables grow.
 *
 * @example grownCopy(new Uint32Array([1, 2]), 4) // Uint32Array [1, 2, 0, 0]
 */
export function grownCopy<T extends NumberColumn>(old: T, length: number): T {
  const a = new (old.constructor as new (length: number) => T)(length);
  a.set(old);
  return a;
}
