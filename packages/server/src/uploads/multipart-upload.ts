import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { ApiError } from '../api-error.js';

/** An uploaded file written to disk, with the form's text fields. */
export interface ReceivedUpload {
  /** The name the client gave the file: display text only, never part of a path. */
  fileName: string;
  size: number;
  /** Each text field's values, in the order sent. */
  fields: Record<string, string[]>;
}

export interface UploadOptions {
  /** The form field holding the file. */
  fileField: string;
  /** Where to write the file (a path the server chose). */
  dest: string;
  /** The largest file accepted, in bytes. */
  maxBytes: number;
}

/** Room for the multipart framing and the small text fields around the file. */
const FRAMING_BYTES = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new ApiError(413, 'body_too_large', `the file is larger than the limit of ${maxBytes} bytes`, {
    limit: maxBytes,
  });

const badBody = (message: string, details: Record<string, unknown> = {}) =>
  new ApiError(400, 'bad_body', message, details);

/**
 * Streams a `multipart/form-data` upload to `dest` without holding it in memory. A file over the limit
 * (announced by `Content-Length`, or found while streaming) is a 413 and leaves no file behind; a body that
 * is not multipart, has no file or is cut off is a 400, and leaves no file either.
 */
export async function receiveUpload(request: Request, options: UploadOptions): Promise<ReceivedUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw badBody('the body must be multipart/form-data with the file in the field "file"', {
      field: options.fileField,
    });
  }
  const length = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(length) && length > options.maxBytes + FRAMING_BYTES) throw tooLarge(options.maxBytes);
  if (request.body === null) throw badBody(`form field "${options.fileField}": a file is required`);

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      limits: { fileSize: options.maxBytes, files: 1, fields: 50, fieldSize: 16 * 1024, parts: 60 },
    });
  } catch (err) {
    throw badBody(`the multipart body cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }

  const fields: Record<string, string[]> = {};
  let fileName: string | null = null;
  let size = 0;
  let truncated = false;
  let writeError: unknown = null;
  // Settles (never rejects) once the file is written and closed, or its writing has failed.
  let written: Promise<void> = Promise.resolve();
  const source = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);

  parser.on('field', (name, value) => {
    const list = fields[name] ?? [];
    list.push(value);
    fields[name] = list;
  });
  parser.on('file', (name, stream, info) => {
    if (name !== options.fileField || fileName !== null) {
      stream.resume();
      return;
    }
    fileName = info.filename ?? '';
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
    });
    stream.on('limit', () => {
      truncated = true;
      // Stop reading the body: nothing more of it will be kept.
      source.destroy();
    });
    written = pipeline(stream, createWriteStream(options.dest, { flags: 'wx' })).catch((err: unknown) => {
      writeError = err;
    });
  });

  let readError: unknown = null;
  try {
    await pipeline(source, parser);
  } catch (err) {
    readError = err;
  }
  await written;
  if (truncated) {
    await rm(options.dest, { force: true });
    throw tooLarge(options.maxBytes);
  }
  const failed = readError ?? writeError;
  if (failed !== null) {
    await rm(options.dest, { force: true });
    throw badBody(
      `the multipart body cannot be read: ${failed instanceof Error ? failed.message : String(failed)}`,
    );
  }
  if (fileName === null) {
    throw badBody(`form field "${options.fileField}": a file is required`, { field: options.fileField });
  }
  return { fileName, size, fields };
}
