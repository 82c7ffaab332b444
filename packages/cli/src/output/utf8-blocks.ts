/** Size of each encoded block handed to a write stream. */
const BLOCK_SIZE = 256 * 1024;

/**
 * Encodes text pieces straight into fixed-size UTF-8 blocks. Output lines are written piece by piece into
 * these blocks instead of being joined into one string per batch: a batch string is a rope that must be
 * flattened before encoding, and one non-Latin-1 character anywhere (an address in Chinese, `A.Ş.`) makes
 * the whole flattened string two-byte and its encoding several times slower.
 */
export class Utf8Blocks {
  private block = Buffer.allocUnsafe(BLOCK_SIZE);
  private used = 0;
  private done: Buffer[] = [];

  /** Appends one piece of text (an arrow function so that it can be passed as a callback). */
  readonly write = (text: string): void => {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    if (this.used + text.length * 3 > BLOCK_SIZE) {
      this.close();
      if (text.length * 3 > BLOCK_SIZE) {
        this.done.push(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.block.write(text, this.used, 'utf8');
  };

  /** Appends bytes that are already UTF-8 (an arrow function, like `write`). */
  readonly writeBytes = (bytes: Uint8Array): void => {
    if (this.used + bytes.byteLength > BLOCK_SIZE) {
      this.close();
      if (bytes.byteLength > BLOCK_SIZE) {
        this.done.push(Buffer.from(bytes));
        return;
      }
    }
    this.block.set(bytes, this.used);
    this.used += bytes.byteLength;
  };

  /** The blocks written since the last call; the caller owns them (they are never reused). */
  take(): Buffer[] {
    this.close();
    const out = this.done;
    this.done = [];
    return out;
  }

  private close(): void {
    if (this.used === 0) return;
    this.done.push(this.block.subarray(0, this.used));
    // The stream keeps the finished block until it is written, so the next text goes into a fresh one.
    this.block = Buffer.allocUnsafe(BLOCK_SIZE);
    this.used = 0;
  }
}
