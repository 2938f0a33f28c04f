import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setLogSink } from '../../main/backend/log';
import { MAX_BODY_BYTES, SESSION_COOKIE, startBrowserServer, type BrowserServer } from '../../main/browser/server';
import { testRegister, type TestRegister } from '../helpers/register';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let reg: TestRegister;
let server: BrowserServer;
let cookie: string;
const logLines: string[] = [];

function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** A raw request line, so paths reach the server exactly as written (no client-side normalising). */
function rawGet(target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nCookie: ${cookie}\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.on('data', (c) => (data += c.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

const api = (body: unknown, headers: Record<string, string> = {}) =>
  request({ path: '/api', method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

beforeAll(async () => {
  setLogSink((line) => logLines.push(line));
  reg = await testRegister();
  const staticDir = path.join(reg.dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Sagsoverblik</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("hej");');
  fs.writeFileSync(path.join(staticDir, 'assets', 'mount-DUju-7JG.js'), 'console.log("bygget");');
  fs.writeFileSync(path.join(reg.dir, 'secret.txt'), 'hemmelig');
  server = await startBrowserServer({ backend: reg.backend, staticDir, host: '127.0.0.1' });
  cookie = `${SESSION_COOKIE}=${server.token}`;
});
afterAll(async () => {
  await server?.close();
  await reg?.cleanup();
});

describe('browser mode server', () => {
  test('the start-up URL is on 127.0.0.1 and carries a 32-byte hex token', () => {
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
  });

  test('without the cookie everything is refused in Danish, with security headers', async () => {
    for (const p of ['/', '/index.html', '/assets/app.js']) {
      const res = await request({ path: p });
      expect(res.status, p).toBe(403);
      expect(res.body).toContain('Adgang nægtet');
    }
    const res = await request({ path: '/api', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"method":"app.status","input":{}}' });
    expect(res.status).toBe(403);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  test('a wrong token is refused and sets no cookie', async () => {
    const res = await request({ path: `/?token=${'0'.repeat(64)}` });
    expect(res.status).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
    const wrongCookie = await request({ path: '/', headers: { Cookie: `${SESSION_COOKIE}=${'0'.repeat(64)}` } });
    expect(wrongCookie.status).toBe(403);
  });

  test('the right token sets an HttpOnly, SameSite=Strict cookie and redirects to /', async () => {
    const res = await request({ path: `/?token=${server.token}` });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/');
    const setCookie = res.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toContain(`${SESSION_COOKIE}=${server.token}`);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
  });

  test('with the cookie the renderer is served with the right content types', async () => {
    const index = await request({ path: '/', headers: { Cookie: cookie } });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('<title>Sagsoverblik</title>');
    const js = await request({ path: '/assets/app.js', headers: { Cookie: cookie } });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await request({ path: '/nothing.js', headers: { Cookie: cookie } })).status).toBe(404);
  });

  test('built assets named after their content are kept for a year; the HTML never; other files are revalidated', async () => {
    const get = (p: string, headers: Record<string, string> = {}) => request({ path: p, headers: { Cookie: cookie, ...headers } });
    expect((await get('/')).headers['cache-control']).toBe('no-store');
    expect((await get('/assets/mount-DUju-7JG.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await get('/assets/app.js');
    expect(plain.headers['cache-control']).toBe('no-cache');
    // Unchanged: 304 and no body; the browser keeps its copy (and its compiled code).
    const again = await get('/assets/app.js', { 'If-None-Match': String(plain.headers.etag) });
    expect([again.status, again.body]).toEqual([304, '']);
    expect((await get('/assets/app.js', { 'If-None-Match': '"other"' })).status).toBe(200);
  });

  test('a foreign Host header is refused even with the cookie (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1:1']) {
      const res = await request({ path: '/', headers: { Cookie: cookie, Host: host } });
      expect(res.status, host).toBe(403);
    }
    const local = await request({ path: '/', headers: { Cookie: cookie, Host: `localhost:${server.port}` } });
    expect(local.status).toBe(200);
  });

  test('POST /api answers the backend’s ApiResult, for success and for errors', async () => {
    const status = await api({ method: 'app.status', input: {} });
    expect(status.status).toBe(200);
    expect(status.headers['cache-control']).toBe('no-store');
    const body = JSON.parse(status.body);
    expect(body.ok).toBe(true);
    expect(body.value.open).toBe(true);
    expect(body.value.currentUser.initials).toBe('ABC');

    const users = JSON.parse((await api({ method: 'users.list', input: {} })).body);
    expect(users.ok).toBe(true);
    expect(users.value.rows.map((u: { initials: string }) => u.initials)).toEqual(['ABC']);

    const unknown = JSON.parse((await api({ method: 'no.such', input: {} })).body);
    expect(unknown).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: expect.any(String) } });
  });

  test('POST /api needs JSON, a matching Origin, and a well-formed body', async () => {
    const text = await request({ path: '/api', method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'text/plain' }, body: '{"method":"app.status"}' });
    expect(text.status).toBe(415);
    expect((await api({ method: 'app.status' }, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api({ method: 'app.status' }, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    const broken = await request({ path: '/api', method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: '{nope' });
    expect(broken.status).toBe(400);
    expect((await request({ path: '/api', headers: { Cookie: cookie } })).status).toBe(405);
  });

  test('a body over 2 MB is refused with 413, declared or streamed', async () => {
    const big = JSON.stringify({ method: 'app.status', input: { pad: 'x'.repeat(MAX_BODY_BYTES) } });
    expect((await api(JSON.parse(big))).status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: server.port, path: '/api', method: 'POST', headers: { Host: `127.0.0.1:${server.port}`, Cookie: cookie, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      for (let i = 0; i < 9; i++) req.write(chunk);
      req.end();
    });
    expect(streamed).toBe(413);
  });

  test('the log names methods and outcomes, never inputs or the token', async () => {
    const marker = 'Ærbøl-0101011234';
    await api({ method: 'users.create', input: { initials: 'ØÆ', name: marker, role: 'sagsbehandler', teamId: 1 } });
    await api({ method: marker, input: { name: marker } });
    expect(logLines.some((l) => l.includes('users.create'))).toBe(true);
    for (const line of logLines) {
      expect(line).not.toContain(marker);
      expect(line).not.toContain(server.token);
    }
  });

  test('directory traversal never leaves the renderer folder', async () => {
    for (const target of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html', '/assets/']) {
      const status = await rawGet(target);
      expect([400, 403, 404], target).toContain(status);
    }
    const ok = await rawGet('/assets/app.js');
    expect(ok).toBe(200);
  });
});
