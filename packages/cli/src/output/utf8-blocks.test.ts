import { describe, expect, it } from 'vitest';
import { Utf8Blocks } from './utf8-blocks.js';

describe('Utf8Blocks', () => {
  it('encodes pieces in order, multi-byte characters included, across block boundaries', () => {
    const blocks = new Utf8Blocks();
    const pieces: string[] = [];
    for (let i = 0; i < 60_000; i++) pieces.push(i % 7 === 0 ? `新疆${i},A.Ş.\n` : `row ${i}\r\n`);
    for (const p of pieces) blocks.write(p);
    const out = blocks.take();
    expect(out.length).toBeGreaterThan(1);
    expect(Buffer.concat(out).toString('utf8')).toBe(pieces.join(''));
  });

  it('takes a piece larger than a block whole, between the pieces around it', () => {
    const blocks = new Utf8Blocks();
    const big = 'é'.repeat(300_000);
    blocks.write('a');
    blocks.write(big);
    blocks.write('b');
    expect(Buffer.concat(blocks.take()).toString('utf8')).toBe(`a${big}b`);
  });

  it('hands each block out once', () => {
    const blocks = new Utf8Blocks();
    blocks.write('x');
    expect(blocks.take()).toHaveLength(1);
    expect(blocks.take()).toHaveLength(0);
  });

  it('mixes ready UTF-8 bytes with text, in order, across block boundaries and larger than a block', () => {
    const blocks = new Utf8Blocks();
    const expected: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      const text = `${i},`;
      const bytes = `"新疆 A.Ş." ${i}\n`;
      blocks.write(text);
      blocks.writeBytes(Buffer.from(bytes, 'utf8'));
      expected.push(text, bytes);
    }
    const big = 'ü'.repeat(200_000);
    blocks.writeBytes(new TextEncoder().encode(big));
    blocks.write('end');
    expected.push(big, 'end');
    const out = blocks.take();
    expect(out.length).toBeGreaterThan(2);
    expect(Buffer.concat(out).toString('utf8')).toBe(expected.join(''));
  });
});
