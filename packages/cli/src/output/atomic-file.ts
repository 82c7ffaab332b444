import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Bytes a stream buffers before `write` waits for it to drain. */
const STREAM_BUFFER = 4 * 1024 * 1024;

/**
 * A file written under a temporary name beside its target and renamed into place only when complete,
 * so that a crash never leaves a half-written output behind.
 */
export class AtomicFile {
  private readonly stream: WriteStream;
  private readonly tempPath: string;
  private failed: Error | null = null;

  private constructor(readonly path: string) {
    this.tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    // A few MB may wait in the stream: the disk writes of one batch then overlap the work on the next,
    // instead of each batch waiting for its own writes to drain.
    this.stream = createWriteStream(this.tempPath, { highWaterMark: STREAM_BUFFER });
    this.stream.on('error', (err) => {
      this.failed = err;
    });
  }

  static async open(path: string): Promise<AtomicFile> {
    await mkdir(dirname(path), { recursive: true });
    return new AtomicFile(path);
  }

  /** Writes text, waiting for the stream to drain when its buffer is full. */
  async write(text: string): Promise<void> {
    if (this.failed) throw this.failed;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Writes encoded blocks, waiting for the stream to drain when its buffer is full. */
  async writeBytes(blocks: readonly Uint8Array[]): Promise<void> {
    if (this.failed) throw this.failed;
    let drained = true;
    for (const block of blocks) drained = this.stream.write(block);
    if (!drained) await once(this.stream, 'drain');
  }

  /** Flushes, closes and renames the file into place. */
  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    if (this.failed) throw this.failed;
    await rename(this.tempPath, this.path);
  }

  /** Removes the temporary file (after an error). */
  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.tempPath, { force: true });
  }
}

/** Writes a whole file atomically. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(tempPath, text);
  await rename(tempPath, path);
}
