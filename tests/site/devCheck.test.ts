/**
 * `npm run dev` stops on the same content mistakes as `npm run build`, with the same message:
 * the dev server is started on a broken copy of content/ (CONTENT_DIR) and must refuse to start;
 * started on a good copy, a mistake saved while it runs must replace every page with the report
 * until it is fixed. The mistake is a content-safety one, which Astro itself would let through.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';

const file = 'actions/05-education.mdx';
const script = '\n\n<script>alert(1)</script>\n';
/** What the report says about the script, as `npm run check:content` says it. */
const expected = [`${file}`, '字段 body（正文）', '只允许 <strong>…</strong> 标签，不能写 "<script>"'];

interface Dev {
  /** Everything the server printed so far. */
  output: () => string;
  /** The exit code, once it has exited. */
  exited: Promise<number | null>;
  /** Resolves with the server's address once it listens. */
  ready: Promise<string>;
  stop: () => void;
}

/** A free port, so a dev server left over elsewhere cannot answer for ours. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * This process's environment without what vitest adds: Astro's dev server does not serve pages
 * when VITEST is set (it expects to run inside vitest), and the others are Vite's own mode flags.
 */
function devEnv(): NodeJS.ProcessEnv {
  const vitestOwn = /^(VITEST.*|TEST|NODE_ENV|MODE|PROD|DEV|SSR|BASE_URL|CONTENT_CHECKED)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestOwn.test(key)));
}

async function startDev(contentDir: string): Promise<Dev> {
  const port = await freePort();
  // Its own process group, so stop() ends Astro and whatever it started.
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    env: { ...devEnv(), CONTENT_DIR: contentDir, NO_COLOR: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      log += d.toString();
      const url = /(http:\/\/localhost:\d+\/)/.exec(log)?.[1];
      if (url) resolve(url);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`astro dev exited (${code}) before it was ready:\n${log}`)));
  });
  ready.catch(() => {});
  return {
    output: () => log,
    exited,
    ready,
    stop: () => {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    },
  };
}

/** Fetches `url` as a browser asks for a page, until `done` holds for the response or `ms` pass. */
async function pollPage(url: string, done: (status: number, text: string) => boolean, ms = 30_000): Promise<{ status: number; text: string }> {
  const until = Date.now() + ms;
  for (;;) {
    const res = await fetch(url, { headers: { accept: 'text/html' } });
    const last = { status: res.status, text: await res.text() };
    if (done(last.status, last.text) || Date.now() > until) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
}

let copy: ContentCopy | undefined;
let dev: Dev | undefined;
afterEach(async () => {
  dev?.stop();
  await dev?.exited;
  copy?.remove();
});

it('refuses to start on a <script> in an MDX body, naming file, field and line', async () => {
  copy = copyContent();
  copy.edit(file, /\s*$/, script);
  const line = readFileSync(join(copy.dir, file), 'utf8').split('\n').indexOf('<script>alert(1)</script>') + 1;
  dev = await startDev(copy.dir);
  const outcome = await Promise.race([
    dev.exited,
    dev.ready.then(
      () => 'started',
      () => 'exited',
    ),
  ]);
  expect(outcome).toBe(1);
  for (const part of [...expected, '内容检查未通过（content check failed）', `第 ${line} 行`]) expect(dev.output()).toContain(part);
}, 90_000);

it('answers every page with the report while a mistake saved during `astro dev` is there, and serves pages again once it is fixed', async () => {
  copy = copyContent();
  dev = await startDev(copy.dir);
  const url = `${await dev.ready}actions/`;
  expect((await pollPage(url, (status) => status === 200)).status).toBe(200);

  copy.edit(file, /\s*$/, script);
  const broken = await pollPage(url, (status) => status === 500);
  expect(broken.status).toBe(500);
  const report = broken.text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  for (const part of expected) expect(report).toContain(part);
  for (const part of expected) expect(dev.output()).toContain(part);

  copy.edit(file, script, '\n');
  expect((await pollPage(url, (status) => status === 200)).status).toBe(200);
}, 120_000);
