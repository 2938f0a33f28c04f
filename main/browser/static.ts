/** Serving the built renderer from a folder, without ever leaving that folder. */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export const contentType = (file: string): string => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

export type Resolved = { file: string } | { status: 403 | 404 | 400 };

/**
 * Maps a URL path to a file inside root. Percent-decoding happens here, after the
 * URL parser has already folded plain "../", so encoded tricks (%2e%2e%2f, %5c) are
 * caught by the containment check below.
 */
export function resolveStatic(root: string, urlPath: string): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  const rel = path.relative(base, full);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { status: 403 };
  // Dotfiles and backslashes have no business in a renderer build.
  if (rel.split(/[\\/]/).some((part) => part.startsWith('.')) || decoded.includes('\\')) return { status: 403 };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    return { status: 404 };
  }
  if (!stat.isFile()) return { status: 404 };
  // A symlink pointing out of the folder is refused too.
  const real = fs.realpathSync(full);
  const realBase = fs.realpathSync(base);
  const realRel = path.relative(realBase, real);
  if (realRel.startsWith('..') || path.isAbsolute(realRel)) return { status: 403 };
  return { file: real };
}

/**
 * How long a renderer file may be kept. Vite names every built asset after its content
 * (assets/name-[hash].js), so those never change under their name: kept for a year
 * without asking again, which also lets Chromium keep the compiled code of the 1 MB UI
 * bundle (V8's code cache lives beside the HTTP cache) and skip parsing it at each start.
 * The HTML names the current bundle, so it is never kept.
 */
export function cacheControl(file: string): string {
  if (file.endsWith('.html')) return 'no-store';
  return /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.\w+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string): void {
  const stat = fs.statSync(file);
  // Files without a hash in the name are asked for again each time; unchanged ones answer 304.
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  res.setHeader('Cache-Control', cacheControl(file));
  res.setHeader('ETag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', contentType(file));
  res.setHeader('Content-Length', stat.size);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
