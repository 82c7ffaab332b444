import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFile, writeFileAtomic } from './atomic-file.js';

describe('AtomicFile', () => {
  it('shows nothing at the target path until commit, then the whole content', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tipwatch-atomic-'));
    const target = join(dir, 'register.csv');
    await writeFile(target, 'previous run\n');
    const file = await AtomicFile.open(target);
    await file.write('row,ref\n');
    await file.write('1,A\n');
    expect(await readFile(target, 'utf8')).toBe('previous run\n');
    await file.commit();
    expect(await readFile(target, 'utf8')).toBe('row,ref\n1,A\n');
    expect(await readdir(dir)).toEqual(['register.csv']);
  });

  it('leaves the previous file and no temporary file when aborted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tipwatch-atomic-'));
    const target = join(dir, 'findings.jsonl');
    await writeFile(target, 'old\n');
    const file = await AtomicFile.open(target);
    await file.write('half');
    await file.abort();
    expect(await readFile(target, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['findings.jsonl']);
  });
});

describe('writeFileAtomic(path, text)', () => {
  it('creates missing folders and writes the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tipwatch-atomic-'));
    const target = join(dir, 'out', 'report.html');
    await writeFileAtomic(target, '<!doctype html>');
    expect(await readFile(target, 'utf8')).toBe('<!doctype html>');
  });
});
