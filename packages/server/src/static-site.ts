import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** The built web app, served beside the API: files, then `index.html` for any other page address. */
export interface StaticSite {
  /**
   * The response for a GET of `path`, or null when it is not the site's to answer. Text files go out gzipped
   * when `acceptEncoding` (the request's `Accept-Encoding`) allows it.
   */
  respond(path: string, acceptEncoding?: string | null): Promise<Response | null>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);
/** Smaller files gain nothing from gzip. */
const MIN_GZIP_BYTES = 1024;

/** Vite writes content-hashed names under `assets/`: they never change, so they are cached for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all) is revalidated so a new build shows at once. */
const REVALIDATE = 'no-cache';
/**
 * The app's pages run only the app's own scripts and talk only to this server; inline styles are allowed for
 * the charts, which set them on the SVG they draw.
 */
export const SITE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

interface Loaded {
  /** Size and modification time when read: a rebuilt file is read again. */
  version: string;
  raw: Uint8Array;
  gzipped: Uint8Array | null;
}

function acceptsGzip(header: string | null | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Serves the files of `root` (a Vite build). A path with a file extension that is not there is a 404 (null);
 * any other path is a page of the single-page app and gets `index.html`, so every page address survives a
 * reload. Paths that leave `root` are refused. Files are read once per build (and gzipped once) and kept.
 */
export function staticSite(root: string): StaticSite {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const cache = new Map<string, Loaded>();

  const load = async (path: string): Promise<Loaded | null> => {
    let version: string;
    try {
      const s = await stat(path);
      if (!s.isFile()) return null;
      version = `${s.size}:${s.mtimeMs}`;
    } catch {
      return null;
    }
    const known = cache.get(path);
    if (known?.version === version) return known;
    let raw: Uint8Array;
    try {
      raw = new Uint8Array(await readFile(path));
    } catch {
      return null;
    }
    const compress = COMPRESSIBLE.has(extname(path)) && raw.length >= MIN_GZIP_BYTES;
    const loaded = { version, raw, gzipped: compress ? new Uint8Array(await gzipAsync(raw)) : null };
    cache.set(path, loaded);
    return loaded;
  };

  const send = (file: Loaded, ext: string, cacheControl: string, gzipOk: boolean): Response => {
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': cacheControl,
    };
    if (ext === '.html') headers['content-security-policy'] = SITE_CSP;
    if (file.gzipped !== null) headers.vary = 'accept-encoding';
    if (file.gzipped !== null && gzipOk) {
      headers['content-encoding'] = 'gzip';
      return new Response(file.gzipped, { headers });
    }
    return new Response(file.raw, { headers });
  };

  const respond = async (path: string, acceptEncoding?: string | null): Promise<Response | null> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return null;
    }
    if (decoded.includes('\0')) return null;
    const target = normalize(join(base, decoded));
    if (!target.startsWith(base)) return null;
    const ext = extname(decoded);
    const gzipOk = acceptsGzip(acceptEncoding);
    const file = decoded.endsWith('/') ? null : await load(target);
    if (file !== null)
      return send(file, ext, decoded.startsWith('/assets/') ? IMMUTABLE : REVALIDATE, gzipOk);
    if (ext !== '') return null;
    const index = await load(join(base, 'index.html'));
    return index === null ? null : send(index, '.html', REVALIDATE, gzipOk);
  };
  return { respond };
}
