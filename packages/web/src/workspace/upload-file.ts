import { ApiFailure } from '../api/api-client.js';
import type { Screening } from './screening-types.js';

/**
 * How the server should read the file, as `tipwatch screen --map FIELD=COLUMN --encoding NAME --sheet NAME`
 * would.
 */
export interface UploadOptions {
  /** `FIELD=COLUMN` pairs, e.g. `supplier=Factory Name`. */
  map?: readonly string[];
  /** An encoding name such as `windows-1252`; detected when absent. */
  encoding?: string;
  /**
   * The worksheet of an XLSX workbook: its name or its number from 1; when absent, of the sheets with a
   * recognisable header, the one with rows whose header maps the most fields.
   */
  sheet?: string;
}

/** The `FIELD=COLUMN` pairs of a text box: one a line, blank lines left out. */
export function mapLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * The multipart form `POST /api/screenings` takes: the `map`, `encoding` and `sheet` fields (empty ones left
 * out), then the file.
 */
export function uploadForm(file: File, options: UploadOptions): FormData {
  const form = new FormData();
  for (const pair of options.map ?? []) form.append('map', pair);
  const encoding = options.encoding?.trim();
  if (encoding) form.append('encoding', encoding);
  const sheet = options.sheet?.trim();
  if (sheet) form.append('sheet', sheet);
  form.append('file', file, file.name);
  return form;
}

/**
 * `POST /api/screenings` as multipart/form-data, reporting upload progress (0–1) as the bytes go out; resolves
 * with the queued screening. XMLHttpRequest, because fetch reports no upload progress.
 */
export function uploadScreening(
  file: File,
  options: UploadOptions,
  csrf: string | null,
  onProgress: (fraction: number) => void,
): Promise<Screening> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/screenings');
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiFailure(0, 'network', 'the server cannot be reached'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: the status says enough.
      }
      if (xhr.status === 202 && body) {
        onProgress(1);
        resolve(body as Screening);
        return;
      }
      const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
      reject(
        new ApiFailure(xhr.status, error?.code ?? 'error', error?.message ?? `upload failed (${xhr.status})`),
      );
    };
    xhr.send(uploadForm(file, options));
  });
}
