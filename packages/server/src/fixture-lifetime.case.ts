import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

interface Closable {
  close(): Promise<void>;
}

/**
 * A fixture that stands for the one `open` gives, opened before each test (`'test'`) or once before the
 * file's tests (`'file'`; those of the `describe` block when called in one) and closed after. Read it inside
 * tests only: elsewhere there is none, and reading it throws.
 */
export function fixturePer<T extends Closable>(lifetime: 'test' | 'file', open: () => Promise<T>): T {
  let current: T | null = null;
  const [before, after] = lifetime === 'test' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    current = await open();
  });
  after(async () => {
    await current?.close();
    current = null;
  });
  return new Proxy({} as T, {
    get: (_, key) => {
      if (current === null) throw new Error('a test fixture read outside a test');
      return Reflect.get(current, key);
    },
  });
}
