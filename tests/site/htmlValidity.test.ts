/**
 * Every built HTML file of both builds passes html-validate with the project's .htmlvalidate.json
 * (the recommended rules, with the exceptions justified in the README): zero errors.
 */
import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../scripts/lib/checkLinks.ts';
import { testBuilds } from '../helpers/builds.ts';
import { requireBuild } from '../helpers/site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

function describeMessages(file: string, messages: Message[]): string {
  return messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`).join('\n');
}

describe.each(testBuilds)('HTML validity of the $name build', (build) => {
  requireBuild(build);
  const files = listHtmlFiles(build.dir);

  it('has pages to validate', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => relative(build.dir, f)))('%s', async (file) => {
    const report = await validator.validateFile(`${build.dir}/${file}`);
    const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
    expect(errors.length, describeMessages(file, errors)).toBe(0);
  });
});

describe('the validator itself', () => {
  it('reports a real markup error, so a clean run means something', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><p><div>x</div></p><img src="a.png"></body></html>',
      'fixture.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('wcag/h37');
  });
});
