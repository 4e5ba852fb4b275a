/**
 * Content is text, never code. Astro escapes every JSON and frontmatter value it prints, but an
 * MDX body is compiled as JavaScript: a tag there becomes real HTML (a <script> would run on the
 * page) and a {…} expression or import runs during the build. So MDX bodies may hold Markdown and
 * the <strong> lead-ins only, and no value anywhere may be a javascript:/vbscript:/data: link,
 * which would run when clicked wherever a field is used as an address.
 */
import type { ContentIssue } from './issue.ts';

/** A URL that would run code or smuggle a document when followed (ignores spacing and case). */
// eslint-disable-next-line no-control-regex -- on purpose: browsers strip leading C0 control characters from a URL (URL Standard), so "\u0001javascript:" runs too.
const unsafeScheme = /^[\s\u0000-\u001f]*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t|d\s*a\s*t\s*a)\s*:/i;

export function isUnsafeUrl(value: string): boolean {
  return unsafeScheme.test(value);
}

/** Tags allowed in MDX bodies: the bold lead-ins CommonMark cannot write with ** after Chinese punctuation. */
const allowedTag = /^<\/?strong>$/;

/** Problems in one MDX body, each with its line number (1-based, within the body), in Chinese. */
export function mdxBodyProblems(body: string): { line: number; problem: string }[] {
  const out: { line: number; problem: string }[] = [];
  body.split('\n').forEach((text, i) => {
    const line = i + 1;
    if (/^\s*(import|export)\s/.test(text)) out.push({ line, problem: '不能使用 import/export 语句（MDX 会将其作为程序执行）' });
    for (const m of text.matchAll(/<[^\s<>]*[^<>]*>?/g)) {
      if (/^<[A-Za-z/!]/.test(m[0]) && !allowedTag.test(m[0])) {
        out.push({ line, problem: `只允许 <strong>…</strong> 标签，不能写 ${JSON.stringify(m[0].slice(0, 40))}（HTML/JSX 会原样进入网页）` });
      }
    }
    if (/[{}]/.test(text)) out.push({ line, problem: '不能使用花括号 { }（MDX 会将其中内容作为程序执行）；如需显示请改用全角｛ ｝' });
    const links = [...text.matchAll(/\]\(\s*<?([^)>\s]*)/g), ...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S*)/g)];
    for (const m of links) {
      if (isUnsafeUrl(m[1] ?? ''))
        out.push({ line, problem: `链接地址不能是 ${JSON.stringify((m[1] ?? '').slice(0, 40))}（javascript:/data: 链接会执行代码）` });
    }
  });
  return out;
}

/** Every string value in `data` that is an unsafe URL, with its field path. */
function unsafeValues(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
  if (typeof data === 'string') return isUnsafeUrl(data) ? [{ path, value: data }] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => unsafeValues(v, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => unsafeValues(v, [...path, k]));
  return [];
}

export interface ContentEntry {
  file: string;
  data: unknown;
  /** The MDX body, for MDX files. */
  body?: string;
  /** Line of the file on which the MDX body starts, so problems name the line staff see. */
  bodyStartLine?: number;
  /** Field path prefix, e.g. the entry's index in a list file. */
  prefix?: (string | number)[];
}

/** Content issues for code or executable links in content, one per finding. */
export function contentSafetyIssues(entries: ContentEntry[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const e of entries) {
    for (const u of unsafeValues(e.data, e.prefix ?? [])) {
      issues.push({
        file: e.file,
        field: u.path,
        expected: '不能是 javascript:、vbscript: 或 data: 开头的地址（点击时会执行代码）',
        found: JSON.stringify(u.value.slice(0, 60)),
      });
    }
    for (const p of e.body === undefined ? [] : mdxBodyProblems(e.body)) {
      issues.push({ file: e.file, field: ['body'], expected: `第 ${p.line + (e.bodyStartLine ?? 1) - 1} 行${p.problem}` });
    }
  }
  return issues;
}
