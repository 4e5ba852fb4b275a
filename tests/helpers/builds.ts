/**
 * The two builds every site and browser test runs against: at the root and under a portal path.
 *
 * Each builds from its own copy of content/ so the suite sees both states of the progress page
 * whatever content/progress/ holds today (issue: tests must survive real reports):
 * - `root` has reports: the real ones when content/progress/ has any, otherwise the fixture
 *   spreadsheets below imported with the real importer, then a correction (so a revision shows);
 * - `portal` has none: the copy's progress/ folder is emptied.
 * Likewise notices: `root` adds the test notices of tests/fixtures/notices/, `portal` has none.
 * Tests read the expected figures from `build.content`, never from today's content/progress/.
 * `earlierVersion`: the copy also gets a frozen, made-up earlier version (earlierVersionFixture) so
 * the version pages have a comparison to show, placed before any version staff have frozen (whose
 * pages and current text the build keeps); `portal` shows the state of having none (the copy's
 * versions/ is removed; its current text is whatever content/ holds).
 * Both copies keep content/'s text, which after issue is not the 送审稿: tests of the 送审稿's words
 * read the page that holds it (reviewDraftPage in tests/helpers/site.ts).
 * `identity`: the `portal` copy's empty identity and contact fields of site.json are filled with
 * the test values of tests/fixtures/publishing/identity.json, so its footer shows a filled identity
 * block; `root` keeps site.json as content/ has it (until staff fill it, the preview's 待填写).
 * Tests read which from the build's own site.json.
 */
export const testBuilds = [
  { name: 'root', base: '/', dir: '.test-dist/root', content: '.test-dist/content-root', reports: true, notices: true, earlierVersion: true, identity: false },
  {
    name: 'portal',
    base: '/zt/liangxin/',
    dir: '.test-dist/portal',
    content: '.test-dist/content-portal',
    reports: false,
    notices: false,
    earlierVersion: false,
    identity: true,
  },
] as const;

/** The labelled test fixture the `root` copy's frozen earlier version is made from (see testContent.ts). */
export const earlierVersionFixture = {
  edits: 'tests/fixtures/versions/earlier-draft.json',
  name: '征求意见稿',
  slug: 'consultation-draft',
  date: '2024-06-01',
} as const;

export type TestBuild = (typeof testBuilds)[number];

/**
 * What is imported into the `root` copy when content/progress/ has no report yet: each entry is one
 * run of `npm run import:progress` (a batch), in order.
 */
export const fixtureImports: string[][] = [
  // Files written by LibreOffice as bureaus write them (see real/README.md), and one by our template.
  ['excel-style.xlsx', 'wps-style.xlsx', 'gbk.csv', 'utf8-bom.csv', 'utf8.csv']
    .map((f) => `tests/fixtures/progress/real/${f}`)
    .concat('tests/fixtures/progress/good.xlsx'),
  // 区发改局 corrects one figure: the pages then carry a 数据修订记录 table for every gate to see.
  ['tests/fixtures/progress/good-corrected.csv'],
];

/** Test notices (clearly marked 测试数据) added to the `root` copy; see testContent.ts. */
export const testNoticesDir = 'tests/fixtures/notices';
/**
 * The 参与企业名单 imported into the `root` copy (one `npm run import:merchants` run) when
 * content/merchants/ has none yet; the `portal` copy has none, for the empty state.
 */
export const merchantFixtures = ['tests/fixtures/merchants/appliances.xlsx', 'tests/fixtures/merchants/cars-gbk.csv'];

/**
 * Test district contact, channels and 办理指引 (every line marked 【测试数据】, checked and unchecked)
 * added to the `root` copy where content/guide/ has none of its own; see testContent.ts.
 */
export const testGuideOverlay = 'tests/fixtures/guide/overlay.json';
/** Test 防骗提示 lines (【测试数据】, checked) added to the `root` copy's content/anti-fraud.json. */
export const testAntiFraud = 'tests/fixtures/anti-fraud.json';
