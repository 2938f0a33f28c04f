/** app://sagsoverblik/ serves the built renderer, never anything outside its folder. */
import { protocol } from 'electron';
import fs from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../browser/server';
import { cacheControl, contentType, resolveStatic } from '../browser/static';
import { APP_HOST, APP_SCHEME } from './ipc';

/**
 * Must run before the app is ready. "standard" gives the scheme a real origin for
 * relative URLs; "codeCache" lets V8 keep the compiled UI bundle between starts (only
 * http(s) gets it by default), so the window does not parse 1 MB of JavaScript each time.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });

export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return text(404, 'Siden findes ikke.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Metoden er ikke tilladt.');
    const resolved = resolveStatic(rendererDir, url.pathname);
    if ('status' in resolved) return text(resolved.status, resolved.status === 404 ? 'Siden findes ikke.' : 'Adgang nægtet.');
    const body = await fs.readFile(resolved.file);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': contentType(resolved.file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': cacheControl(resolved.file),
      },
    });
  });
}
