/**
 * What staff fill in before publishing, as test values (tests/fixtures/publishing/identity.json,
 * every value 【测试数据】 or an invented number): the site's identity and contacts in site.json and
 * a district contact for every guide topic. Builds that publish (PUBLISH=1, `npm run regenerate`)
 * refuse to start without them, so the suite's publishing builds and the staff-state check fill a
 * copy of the content the way staff would. Only empty fields are filled: what staff have already
 * written stays.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const publishingFieldsFixture = 'tests/fixtures/publishing/identity.json';

interface Fixture {
  site: Record<string, unknown>;
  districtContact: Record<string, string>;
}

const fixture = (): Fixture => JSON.parse(readFileSync(publishingFieldsFixture, 'utf8')) as Fixture;

/** `into` with every empty string (or missing key) of it taken from `from`, recursively; returns the keys filled. */
function fillEmpty(into: Record<string, unknown>, from: Record<string, unknown>, path: string, filled: string[]): void {
  for (const [key, value] of Object.entries(from)) {
    const here = into[key];
    if (value !== null && typeof value === 'object') {
      const target = here !== null && typeof here === 'object' ? (here as Record<string, unknown>) : {};
      into[key] = target;
      fillEmpty(target, value as Record<string, unknown>, `${path}.${key}`, filled);
    } else if (here === undefined || here === '') {
      into[key] = value;
      if (value !== '') filled.push(`${path}.${key}`);
    }
  }
}

/** Fills the empty identity and contact fields of `contentDir`/site.json; returns the fields filled. */
export function fillIdentity(contentDir: string): string[] {
  const path = join(contentDir, 'site.json');
  const json = JSON.parse(readFileSync(path, 'utf8')) as { site: Record<string, unknown> };
  const filled: string[] = [];
  fillEmpty(json.site, fixture().site, 'site', filled);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  return filled;
}

/** Gives every guide topic of `contentDir` without a district contact the test one; returns the files changed. */
export function fillDistrictContacts(contentDir: string): string[] {
  const folder = join(contentDir, 'guide');
  const changed: string[] = [];
  for (const f of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
    const path = join(folder, f);
    const topic = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    if (topic.districtContact !== undefined) continue;
    topic.districtContact = fixture().districtContact;
    writeFileSync(path, `${JSON.stringify(topic, null, 2)}\n`);
    changed.push(`guide/${f}`);
  }
  return changed;
}

/** Both, for a copy that is to be published; one line saying what was filled. */
export function fillPublishingFields(contentDir: string): string {
  const site = fillIdentity(contentDir);
  const guide = fillDistrictContacts(contentDir);
  return `发布前须填写的内容：site.json ${site.length} 项、${guide.length} 个指南主题的区内咨询联系方式用 ${publishingFieldsFixture} 的测试数据填写`;
}
