/**
 * Notices for pages: newest first, each with its address, its attachments' size and type, and its
 * related actions, indicators and guide topics; and each guide topic's subsidy status on the build
 * date (src/model/topicStatus.ts: it ages after 90 days without a confirming notice, or when the
 * policy it rests on ends), so the nightly regeneration moves it forward. The content check
 * (src/integrations/contentCheck.ts) has refused unknown references and missing files before this runs.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { buildDate } from '../config/buildDate.ts';
import { contentDir } from '../config/env.ts';
import { attachmentFolder, fileSizeText, fileTypeText } from '../model/attachment.ts';
import { endOf } from '../model/policyStatus.ts';
import { publishedBy, topicStatus } from '../model/topicStatus.ts';
import { verifiedPeriod } from '../model/verifiedFacts.ts';
import type { Notice } from '../schemas/notice.ts';
import { loadContent } from './content.ts';

const attachmentPath = (file: string) => join(contentDir(), attachmentFolder, file);

/** The bytes of an attachment, for the build to copy into the site. */
export function attachmentBytes(file: string): Buffer {
  return readFileSync(attachmentPath(file));
}

async function load() {
  const [entries, guideEntries, policyEntries, content] = await Promise.all([
    getCollection('notices'),
    getCollection('guide'),
    getCollection('policies'),
    loadContent(),
  ]);
  const today = buildDate();
  const guide = guideEntries.map((e) => e.data).sort((a, b) => a.number - b.number);
  const all = entries.map((e) => ({
    id: e.id,
    ...e.data,
    /** The Markdown body, rendered by the notice's page. */
    entry: e,
    year: e.data.date.slice(0, 4),
    files: e.data.attachments.map((a) => ({ ...a, size: fileSizeText(statSync(attachmentPath(a.file)).size), type: fileTypeText(a.file) })),
    relatedActions: e.data.actions.map((slug) => content.actions.find((a) => a.data.slug === slug)!),
    relatedIndicators: e.data.indicators.map((n) => content.indicators.find((i) => i.data.number === n)!),
    relatedTopics: e.data.topics.map((slug) => guide.find((g) => g.slug === slug)!),
  }));
  // A notice dated after the build date waits for its day (and the nightly regeneration). Newest
  // first; on the same day by address, so the order never depends on the file system.
  const notices = publishedBy(all, today).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  // A status resting on a policy stands no longer than the policy's checked period.
  const ends = new Map(
    policyEntries.flatMap((e) => {
      const to = verifiedPeriod(e.data)?.to;
      return to === undefined ? [] : [[e.data.id, endOf(to)] as const];
    }),
  );
  const statusOf = (topic: string) => topicStatus(notices, topic, today, (id) => ends.get(id));
  return {
    today,
    notices,
    /** Years that have notices, newest first, each with its notices. */
    byYear: [...new Set(notices.map((n) => n.year))].map((year) => ({ year, notices: notices.filter((n) => n.year === year) })),
    /** Every guide topic with its status today, in guide order. */
    topics: guide.map((g) => ({ topic: g, ...statusOf(g.slug) })),
    statusOf,
    hasSample: notices.some((n) => n.sample),
  };
}

let cached: ReturnType<typeof load> | undefined;

export function loadNotices() {
  cached ??= load();
  return cached;
}

export type Notices = Awaited<ReturnType<typeof load>>;
export type NoticeView = Notices['notices'][number];
export type { Notice };
