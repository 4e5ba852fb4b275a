/** Per-page CSP hashes: only the page's own inline scripts and styles stay allowed. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, pruneCspHashes } from '../../src/integrations/cspHashes.ts';

const h = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1]!;
const other = h('something on another page');

describe('inlineHashes', () => {
  it.each([
    ['inline script', '<script>a()</script>', 'script', [h('a()')]],
    ['script with src is not inline', '<script type="module" src="/x.js"></script>', 'script', []],
    ['attributes before src', '<script is:inline defer src="/e.js"></script>', 'script', []],
    ['empty script', '<script></script>', 'script', []],
    ['inline style', '<style>.a{color:red}</style>', 'style', [h('.a{color:red}')]],
    ['two styles', '<style>x</style><p></p><style>y</style>', 'style', [h('x'), h('y')]],
    ['style is not a script', '<style>x</style>', 'script', []],
  ] as const)('%s', (_, html, tag, expected) => {
    expect([...inlineHashes(html, tag)]).toEqual(expected);
  });
});

describe('pruneCspHashes', () => {
  it.each([
    [
      'drops hashes of code the page does not have',
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${other}; style-src 'self' ${other}`,
      '',
      // style-src left with default-src's sources only: the browser falls back to default-src.
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval'`,
    ],
    [
      'keeps style-src when it says more than default-src',
      `default-src 'self'; style-src 'self' ${h('.a{}')} ${other}`,
      '<style>.a{}</style>',
      `default-src 'self';style-src 'self' ${h('.a{}')}`,
    ],
    [
      'keeps script-src and style-src equal to default-src when there is no default-src to fall back to',
      `script-src 'self' ${other}; style-src 'self'`,
      '',
      `script-src 'self';style-src 'self'`,
    ],
    [
      'keeps the hash of the page’s own inline style',
      `script-src 'self' 'wasm-unsafe-eval' ${other}; style-src 'self' ${h('.a{}')} ${other};`,
      '<style>.a{}</style>',
      `script-src 'self' 'wasm-unsafe-eval';style-src 'self' ${h('.a{}')};`,
    ],
    [
      'keeps the hash of an inline script, not of an external one',
      `script-src 'self' ${h('go()')} ${h('ext')}`,
      '<script>go()</script><script src="/a.js">ext</script>',
      `script-src 'self' ${h('go()')}`,
    ],
    ['leaves other directives and non-hash sources alone', `img-src 'self' data:; font-src 'self'`, '', `img-src 'self' data:; font-src 'self'`],
  ])('%s', (_, policy, body, expected) => {
    expect(policyOf(pruneCspHashes(page(policy, body)))).toBe(expected);
  });

  it('leaves a page without a CSP meta as it is', () => {
    const html = '<html><head><style>x</style></head></html>';
    expect(pruneCspHashes(html)).toBe(html);
  });
});
