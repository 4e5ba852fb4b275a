/**
 * The shipped headers (deploy/) agree with each other and with the pages' <meta> CSP: the same
 * header policy in both files, no script or style sources that would override the per-page hashes,
 * and long caching only for Astro's content-hashed /_astro/ files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testBuilds } from '../helpers/builds.ts';
import { load } from '../helpers/site.ts';

const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const headers = readFileSync('deploy/_headers', 'utf8');
const nginxCsp = /add_header Content-Security-Policy "([^"]+)"/.exec(nginx)?.[1];
const headersCsp = /Content-Security-Policy: (.+)/.exec(headers)?.[1]?.trim();
const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k!, v]),
  );

describe('deploy headers', () => {
  it('send the same CSP from nginx and _headers', () => {
    expect(nginxCsp).toBeTruthy();
    expect(nginxCsp).toBe(headersCsp);
  });

  it('leave script and style sources to the per-page <meta>, and forbid framing by others', () => {
    const d = directives(nginxCsp!);
    for (const k of ['default-src', 'script-src', 'style-src', 'script-src-elem', 'style-src-elem']) expect(d.has(k), k).toBe(false);
    expect(d.get('frame-ancestors')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
  });

  it.each(testBuilds)('repeat the $name build’s <meta> directives exactly where both set them', (build) => {
    const meta = directives(load(build, '')('meta[http-equiv="content-security-policy"]').attr('content')!);
    for (const [k, v] of directives(nginxCsp!)) {
      if (meta.has(k)) expect(meta.get(k), k).toEqual(v);
    }
  });

  it.each(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'])('set %s in both files', (name) => {
    expect(nginx).toContain(`add_header ${name} `);
    expect(headers).toContain(`${name}: `);
  });

  it('cache only /_astro/ for a year', () => {
    expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(nginx).toMatch(/location \^~ \/zt\/liangxin\/_astro\/ \{[^}]*max-age=31536000, immutable/);
  });
});
