import type { ByteSource } from './spend-file.js';

/**
 * Reads the start of a byte source for sniffing without losing it: `peek` buffers chunks until enough
 * bytes are in hand, and `chunks()` then yields the buffered chunks followed by the rest of the source.
 */
export class ByteReader {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private readonly buffered: Uint8Array[] = [];
  private bufferedBytes = 0;
  private done = false;

  constructor(source: ByteSource) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Reads until at least `bytes` are buffered or the source ends; returns the buffered bytes. */
  async peek(bytes: number): Promise<Uint8Array> {
    while (!this.done && this.bufferedBytes < bytes) {
      const next = await this.iterator.next();
      if (next.done === true) {
        this.done = true;
        break;
      }
      const chunk = next.value;
      if (chunk.byteLength === 0) continue;
      this.buffered.push(chunk);
      this.bufferedBytes += chunk.byteLength;
    }
    if (this.buffered.length === 1) return this.buffered[0]!;
    const all = new Uint8Array(this.bufferedBytes);
    let at = 0;
    for (const c of this.buffered) {
      all.set(c, at);
      at += c.byteLength;
    }
    return all;
  }

  /** The buffered chunks, then the remaining ones; can be iterated once. */
  async *chunks(): AsyncGenerator<Uint8Array> {
    while (this.buffered.length > 0) {
      const c = this.buffered.shift()!;
      this.bufferedBytes -= c.byteLength;
      yield c;
    }
    while (!this.done) {
      const next = await this.iterator.next();
      if (next.done === true) {
        this.done = true;
        break;
      }
      if (next.value.byteLength > 0) yield next.value;
    }
  }
}
