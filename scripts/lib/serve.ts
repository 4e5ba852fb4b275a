/**
 * Serves a built site from a folder under its base path on 127.0.0.1, as the district portal
 * would: /zt/liangxin/… maps to the folder, anything else is 404. Used by tests and the preview.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface Served {
  server: Server;
  /** Origin plus base, ending in a slash, e.g. http://127.0.0.1:40123/zt/liangxin/ */
  url: string;
  close: () => Promise<void>;
}

export function serve(dir: string, base = '/', port = 0): Promise<Served> {
  const b = base.endsWith('/') ? base : `${base}/`;
  const files = sirv(dir, { dev: true, etag: false });
  const notFound = (() => {
    try {
      return readFileSync(join(dir, '404.html'));
    } catch {
      return Buffer.from('404');
    }
  })();
  const send404 = (res: import('node:http').ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(b)) {
      if (url === b.slice(0, -1)) {
        res.writeHead(301, { location: b });
        res.end();
        return;
      }
      send404(res);
      return;
    }
    req.url = `/${url.slice(b.length)}`;
    files(req, res, () => send404(res));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      resolve({
        server,
        url: `http://127.0.0.1:${p}${b}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
