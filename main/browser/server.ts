/**
 * Browser mode: the renderer served on 127.0.0.1 with the API behind a one-time
 * token. The token from the start-up URL is swapped for an HttpOnly, SameSite=Strict
 * cookie; every other request needs that cookie. The Host check stops DNS
 * rebinding, the Origin check stops other local pages from posting to /api.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/api/errors';
import { log } from '../backend/log';
import { resolveStatic, sendFile } from './static';

export const SESSION_COOKIE = 'sagsoverblik_session';
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface Dispatcher {
  dispatch(method: unknown, input: unknown): Promise<ApiResult<unknown>>;
}

export interface BrowserServerOptions {
  backend: Dispatcher;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  host: '127.0.0.1';
}

export interface BrowserServer {
  /** Open this once: it carries the token. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const TEXT = {
  forbidden: 'Adgang nægtet. Åbn adressen med engangsnøglen, som Sagsoverblik skrev, da det startede.',
  badHost: 'Adgang nægtet: forkert værtsnavn.',
  badOrigin: 'Adgang nægtet: forespørgslen kommer fra en anden side.',
  notFound: 'Siden findes ikke.',
  badRequest: 'Ugyldig forespørgsel.',
  tooLarge: 'Forespørgslen er for stor.',
  needsJson: 'Forespørgslen skal være JSON.',
  method: 'Metoden er ikke tilladt.',
};

function sameSecret(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function setSecurityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/** Reads at most `limit` bytes; null when the body is larger. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return; // keep draining so the 413 can still be delivered
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = crypto.randomBytes(32).toString('hex');
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendText(res, 405, TEXT.method);
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}`) return sendText(res, 403, TEXT.badOrigin);
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return sendText(res, 415, TEXT.needsJson);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      res.setHeader('Connection', 'close');
      sendText(res, 413, TEXT.tooLarge);
      req.resume();
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return sendText(res, 413, TEXT.tooLarge);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return sendText(res, 400, TEXT.badRequest);
    }
    if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { method?: unknown }).method !== 'string') {
      return sendText(res, 400, TEXT.badRequest);
    }
    const { method, input } = parsed as { method: string; input?: unknown };
    const result = await options.backend.dispatch(method, input);
    // Only the method name (when it is a known-looking name) and the outcome: never the input or the value.
    const methodName = /^[a-zA-Z]+\.[a-zA-Z]+$/.test(method) ? method : 'invalid';
    log('info', 'browser.api', { method: methodName, ok: result.ok, code: result.ok ? null : result.error.code });
    sendJson(res, 200, result);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if (!allowedHosts().includes(req.headers.host ?? '')) return sendText(res, 403, TEXT.badHost);

    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return sendText(res, 400, TEXT.badRequest);
    }

    if (url.pathname === '/' && url.searchParams.has('token') && req.method === 'GET') {
      if (!sameSecret(url.searchParams.get('token'), token)) return sendText(res, 403, TEXT.forbidden);
      res.statusCode = 302;
      res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      res.setHeader('Location', '/');
      res.setHeader('Cache-Control', 'no-store');
      res.end();
      return;
    }

    if (!sameSecret(cookieValue(req.headers.cookie, SESSION_COOKIE), token)) return sendText(res, 403, TEXT.forbidden);

    if (url.pathname === '/api') return handleApi(req, res);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, TEXT.method);
    }
    const resolved = resolveStatic(options.staticDir, url.pathname);
    if ('status' in resolved) {
      return sendText(res, resolved.status, resolved.status === 404 ? TEXT.notFound : resolved.status === 403 ? TEXT.forbidden : TEXT.badRequest);
    }
    sendFile(req, res, resolved.file);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      log('error', 'browser.request_failed', { status: 500 });
      if (!res.headersSent) sendText(res, 500, 'Der skete en uventet fejl.');
      else res.destroy();
    });
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
