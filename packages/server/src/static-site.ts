import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** The built web app, served beside the API: files, then `index.html` for any other page address. */
export interface StaticSite {
  /** The response for a GET of `path`, or null when it is not the site's to answer. */
  respond(path: string): Promise<Response | null>;
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

async function fileBody(path: string): Promise<Uint8Array | null> {
  try {
    const s = await stat(path);
    if (!s.isFile()) return null;
    return new Uint8Array(await readFile(path));
  } catch {
    return null;
  }
}

/**
 * Serves the files of `root` (a Vite build). A path with a file extension that is not there is a 404 (null);
 * any other path is a page of the single-page app and gets `index.html`, so every page address survives a
 * reload. Paths that leave `root` are refused.
 */
export function staticSite(root: string): StaticSite {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const respond = async (path: string): Promise<Response | null> => {
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
    const body = decoded.endsWith('/') ? null : await fileBody(target);
    if (body !== null) {
      const immutable = decoded.startsWith('/assets/');
      const headers: Record<string, string> = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': immutable ? IMMUTABLE : REVALIDATE,
      };
      if (ext === '.html') headers['content-security-policy'] = SITE_CSP;
      return new Response(body, { headers });
    }
    if (ext !== '') return null;
    const index = await fileBody(join(base, 'index.html'));
    if (index === null) return null;
    return new Response(index, {
      headers: {
        'content-type': TYPES['.html'] as string,
        'cache-control': REVALIDATE,
        'content-security-policy': SITE_CSP,
      },
    });
  };
  return { respond };
}
