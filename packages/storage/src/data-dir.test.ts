import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir.js';

describe('resolveDataDir({ flag, env, cwd })', () => {
  it('prefers the flag over the environment', () => {
    expect(resolveDataDir({ flag: 'kb', env: { TIPWATCH_DATA_DIR: '/srv/tw' }, cwd: '/home/a' })).toBe(
      '/home/a/kb',
    );
  });

  it('uses TIPWATCH_DATA_DIR without a flag', () => {
    expect(resolveDataDir({ env: { TIPWATCH_DATA_DIR: '/srv/tw' }, cwd: '/home/a' })).toBe('/srv/tw');
  });

  it('falls back to ./tipwatch-data under cwd, ignoring empty values', () => {
    expect(resolveDataDir({ flag: '', env: { TIPWATCH_DATA_DIR: ' ' }, cwd: '/home/a' })).toBe(
      '/home/a/tipwatch-data',
    );
  });

  it('keeps an absolute flag as it is', () => {
    expect(resolveDataDir({ flag: '/data/x/', env: {}, cwd: '/home/a' })).toBe('/data/x');
  });
});
