/**
 * Astro integration: the whole content check (src/checks/readContent.ts: schemas, content safety,
 * cross-file, residents', synonym and progress checks) inside Astro, so `astro dev` and
 * `astro build` stop on the same mistakes as `npm run check:content`, with the same message.
 *
 * - Start of `astro dev` or `astro build`: a mistake stops it with the report. `npm run build`
 *   has checked just before starting Astro (it needs the synonyms for the search index and must
 *   fail before touching the output), so it sets CONTENT_CHECKED=1 and the check is not run twice.
 * - While `astro dev` runs: every change under the content folder runs the check again; while it
 *   fails, the terminal shows the report and every page answers with it (status 500) instead of
 *   the page, until the mistake is fixed.
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentAlreadyChecked, contentDir } from '../config/env.ts';
import { formatReport, type ContentIssue } from '../checks/issue.ts';
import { readContent } from '../checks/readContent.ts';

/** The page the dev server answers with while the content has mistakes; it reloads itself until they are fixed. */
function issuesPage(issues: readonly ContentIssue[]): string {
  const text = formatReport(issues).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2"><title>内容检查未通过</title></head><body><pre>${text}</pre></body></html>`;
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'dev' && command !== 'build') return;
        if (command === 'build' && contentAlreadyChecked()) {
          logger.info('内容已由 npm run build 在启动 Astro 前检查，不再重复（CONTENT_CHECKED=1）。');
          return;
        }
        const { issues } = readContent(contentDir());
        if (issues.length > 0) {
          logger.error(formatReport(issues));
          const stop = new Error(`内容有 ${issues.length} 处问题，见上（content check failed）。`);
          // The report names file and field; a stack trace through this hook would only bury it.
          stop.stack = '';
          throw stop;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(contentDir());
        let issues: ContentIssue[] = [];
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = () => {
          const failedBefore = issues.length > 0;
          issues = readContent(contentDir()).issues;
          if (issues.length > 0) logger.error(formatReport(issues));
          else if (failedBefore) logger.info('内容检查通过（content check passed）。');
          if (issues.length > 0 || failedBefore) server.hot.send({ type: 'full-reload' });
        };
        server.watcher.add(root);
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(root + sep)) return;
          // An editor's save can be several events; check once they have settled.
          clearTimeout(timer);
          timer = setTimeout(recheck, 100);
        });
        server.middlewares.use((req, res, next) => {
          // Pages only: Vite's own scripts still load, so an open page hears the full reload.
          if (issues.length === 0 || !req.headers.accept?.includes('text/html')) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(issuesPage(issues));
        });
      },
    },
  };
}
