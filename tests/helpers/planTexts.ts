/**
 * The texts of the plan in a test build's content, oldest first, the current text last: its frozen
 * versions (the fixture's and any staff froze) and what content/ says now. Site tests work out from
 * these which text each figure is judged against and what the version lists show, whatever
 * versions the build holds.
 */
import { join } from 'node:path';
import { readContent } from '../../src/checks/readContent.ts';
import { readFrozen, versionsFolder } from '../../src/checks/versionFiles.ts';
import type { PlanText } from '../../src/progress/targetsInForce.ts';
import { currentVersionName, currentVersionSlug } from '../../src/versions/names.ts';
import { statusText } from '../../src/model/documentStatus.ts';

export interface TestPlanText extends PlanText {
  name: string;
  slug: string;
  status: string;
  /** False for the current text. */
  superseded: boolean;
  indicators: { slug: string; number: number; targets: Record<string, string> }[];
}

export function planTextsOf(contentDir: string): TestPlanText[] {
  const { content } = readContent(contentDir);
  const frozen = [...content.versions]
    .sort((a, b) => a.data.sequence - b.data.sequence)
    .map(({ data: v }): TestPlanText => {
      const files = readFrozen(join(contentDir, versionsFolder, v.slug), (p) => p).content;
      if (!files) throw new Error(`${contentDir}/${versionsFolder}/${v.slug} 无法读取`);
      const published = files.document['publishedDate'];
      return {
        name: v.name,
        slug: v.slug,
        status: v.status,
        superseded: true,
        date: v.date,
        publishedDate: typeof published === 'string' ? published : '',
        indicators: files.indicators.map((i) => i.data),
      };
    });
  const doc = content.site!.document;
  const current: TestPlanText = {
    name: currentVersionName(doc.status),
    slug: currentVersionSlug,
    status: doc.status,
    superseded: false,
    date: null,
    publishedDate: doc.publishedDate,
    indicators: content.indicators.map((i) => i.data),
  };
  return [...frozen, current];
}

/** How an indicator page names a text: a frozen version by its name, the current text with its status (a draft: 送审稿，尚未印发). */
export const textLabel = (t: TestPlanText) => (t.superseded ? t.name : `${t.name}（${statusText(t.status)}）`);
