/**
 * The state content/ is in once staff have done their real work (issue 22): progress reports
 * imported and then corrected, notices, a 参与企业名单, the site's address, identity and contacts
 * (what publishing waits for), the 送审稿 frozen and
 * the current text edited into the issued plan (a target changed), all dated one day. The suite
 * must keep passing on it, so scripts/testStaffState.ts makes it in a copy of the checkout with the
 * very commands staff run (npm run import:progress, import:merchants, version:freeze) and runs the
 * checks there. Only the edits staff make by hand (site.json, a notice file, the issued text) are
 * written directly, as staff would type them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { frozenVersions } from './contentAsOf.ts';
import { applyVersionEdits, readVersionEdits } from './versionEdits.ts';
import { fixtureImports, merchantFixtures } from '../../tests/helpers/builds.ts';
import { fillPublishingFields } from '../../tests/helpers/publishingFields.ts';

/** What the copy leaves out: installed packages (linked instead), git, and every build output. */
const notCopied =
  /^(node_modules|\.git|dist|dist-.*|\.test-dist|\.astro|\.bench-dist|\.build-tmp|.*\.building|.*\.building\.cache|.*\.old-\d+|.*\.regenerate\.lock)$/;

/** Copies the checkout's sources to `to` (a new folder) and links its node_modules, so commands run there as in the checkout. */
export function copyCheckout(from: string, to: string): void {
  cpSync(from, to, { recursive: true, filter: (src) => src === from || !notCopied.test(basename(src)) });
  symlinkSync(realpathSync(join(from, 'node_modules')), join(to, 'node_modules'), 'dir');
}

/**
 * Commits everything in the copy `dir` as one commit dated midday of `today` (China Standard Time):
 * the copy is a checkout with its own history, as the district's is, so the pages' 更新时间 (from
 * git) and the tests of it see committed files with dates no later than the build's.
 */
export function commitAll(dir: string, today: string, message: string): void {
  const stamp = `${today}T12:00:00+08:00`;
  const env = { ...process.env, GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp };
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-C', dir, '-c', 'user.name=测试套件', '-c', 'user.email=suite@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      env,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} 失败（failed）：${r.stderr}`);
  };
  if (!existsSync(join(dir, '.git'))) git('init', '--quiet');
  // node_modules is a link here; .gitignore's "node_modules" (no slash) covers a link as well as a folder.
  git('add', '--all');
  git('commit', '--quiet', '--allow-empty', '--message', message);
}

/** The address staff put in site.json before publishing (a reserved example domain). */
export const staffSiteUrl = 'https://liangxin.example.gov.cn/';
/** The issued text staff edit the current files into after freezing the 送审稿 (a labelled test fixture). */
export const issuedEdits = 'tests/fixtures/versions/issued.json';

/**
 * Environment of a staff command: "today" is `today`, and nothing a test run may have set
 * (another content folder, output, address, sample data) leaks into it.
 */
function staffEnv(today: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BUILD_DATE: today };
  for (const name of ['CONTENT_DIR', 'OUT_DIR', 'SITE_BASE', 'SITE_URL', 'PUBLISH', 'SAMPLE_DATA', 'CONTENT_CHECKED', 'ASTRO_OUT_DIR']) delete env[name];
  return env;
}

/** Runs `npm run <script> -- args` in `dir` as staff do; throws with its output when it fails. */
function npmRun(dir: string, today: string, script: string, args: string[]): string {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: dir, env: staffEnv(today), encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`工作人员操作失败（staff command failed）：npm run ${script} -- ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  }
  return `npm run ${script} -- ${args.map((a) => basename(a)).join(' ')}`;
}

/** A notice file as staff write one (content/notices/README.md), dated `today`. */
function writeNotice(dir: string, today: string, slug: string, frontmatter: string): string {
  const file = `content/notices/${today}-${slug}.mdx`;
  writeFileSync(join(dir, file), `---\n${frontmatter}date: ${today}\n---\n\n本条是测试套件模拟工作人员发布的公告（测试数据）。\n`);
  return file;
}

interface SiteJson {
  site: { url: string; document: { status: string } };
}

const readSite = (dir: string) => (JSON.parse(readFileSync(join(dir, 'content/site.json'), 'utf8')) as SiteJson).site;

/** site.json as staff edit it by hand. */
function editSiteJson(dir: string, edit: (site: SiteJson['site']) => void): void {
  const path = join(dir, 'content/site.json');
  const json = JSON.parse(readFileSync(path, 'utf8')) as SiteJson;
  edit(json.site);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

/** The JSON files of one content folder of the copy (reports, lists), none when it does not exist. */
function jsonFiles(dir: string, folder: string): string[] {
  const path = join(dir, 'content', folder);
  return existsSync(path) ? readdirSync(path).filter((f) => f.endsWith('.json')) : [];
}

/**
 * Does the staff's work in the checkout copy `dir`, dated `today` (YYYY-MM-DD), where content/
 * does not hold it yet: once the real content has reports, lists, an address, the 送审稿 frozen or
 * the plan issued, those stay as staff made them (doing them again would clash or be refused).
 * Returns one line per step. Throws when a command refuses, with its output: that alone is a
 * failure staff would see.
 */
export function makeStaffState(dir: string, today: string): string[] {
  const done: string[] = [];
  const real = (what: string) => done.push(`${what}：沿用正式内容`);
  // Reports from the bureaus' real spreadsheet formats, then 区发改局's corrected file (a revision).
  if (jsonFiles(dir, 'progress').length > 0) real('进展报告');
  else for (const files of fixtureImports) done.push(npmRun(dir, today, 'import:progress', files));
  done.push(
    `通知公告 ${writeNotice(dir, today, 'staff-notice', 'kind: 通知公告\ntitle: 【测试数据】关于开展以旧换新活动的通知\nissuer: 区商务局\nsource:\n  name: 测试数据，不是官方通知\ntopics: [appliances]\n')}`,
    `提示 ${writeNotice(dir, today, 'staff-digital-open', `kind: 提示\ntitle: 【测试数据】数码产品购新补贴开始申请的提示\nissuer: 区商务局\nsource:\n  name: 测试数据，不是官方提示\ntopics: [digital]\nstatus:\n  topic: digital\n  state: 进行中\n  from: ${today}\n`)}`,
  );
  if (jsonFiles(dir, 'merchants').length > 0) real('参与企业名单');
  else done.push(npmRun(dir, today, 'import:merchants', merchantFixtures));
  if (readSite(dir).url) real('网站地址');
  else {
    editSiteJson(dir, (site) => (site.url = staffSiteUrl));
    done.push(`网站地址 site.url = ${staffSiteUrl}`);
  }
  // What publishing waits for besides the address (the staff review's required items): staff fill
  // the identity, the contacts and each guide topic's district contact before the first regenerate.
  done.push(fillPublishingFields(join(dir, 'content')));
  if (frozenVersions(join(dir, 'content')).some((v) => v.name === '送审稿')) real('已冻结的送审稿');
  else done.push(npmRun(dir, today, 'version:freeze', ['送审稿']));
  // The issued text, while the current text is still the 送审稿: the fixture's document fields and
  // edits, with the dates of the day of issue.
  if (readSite(dir).document.status !== '送审稿') real('现行文本（已改为新的文本）');
  else {
    const issued = readVersionEdits(join(dir, issuedEdits));
    applyVersionEdits(join(dir, 'content'), { ...issued, document: { ...issued.document, writtenDate: today, publishedDate: today } });
    done.push(`印发稿：按 ${issuedEdits} 改动现行文本（${issued.edits.length} 处，含一个目标值），成文和发布日期 ${today}`);
  }
  return done;
}
