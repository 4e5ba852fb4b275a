/**
 * What 朗读 reads (src/client/readingText.ts), from HTML fragments as pages print them: from the
 * title on, controls and navigation skipped, reminders after the content, a pause after every
 * heading, list item, term and row.
 */
import { parseDocument } from 'htmlparser2';
import { Element, isText, type ChildNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { readingBlocks, type ReadingNode } from '../../src/client/readingText.ts';

/** The fragment as the widget hands it over (tags, attributes, text; comments dropped). */
function tree(html: string): ReadingNode {
  const convert = (n: ChildNode): ReadingNode | null => {
    if (isText(n)) return n.data;
    // Element covers <script> and <style> too, which pages may hold and 朗读 must skip.
    if (n instanceof Element) {
      return { tag: n.name.toLowerCase(), attrs: n.attribs, children: n.children.map(convert).filter((c) => c !== null) };
    }
    return null;
  };
  return {
    tag: 'main',
    attrs: {},
    children: parseDocument(html)
      .children.map(convert)
      .filter((c) => c !== null),
  };
}

const cases: Array<[string, string, string[]]> = [
  ['a heading runs into nothing: 。 after it', '<h1>换家电</h1><p>想把旧冰箱换成新家电</p>', ['换家电。', '想把旧冰箱换成新家电。']],
  ['punctuation already there is kept', '<h1>（一）指导思想。</h1><p>第一句。第二句！</p>', ['（一）指导思想。', '第一句。第二句！']],
  [
    'starts at the title: breadcrumbs and what comes before are not read',
    '<nav><a>首页</a></nav><p>示例数据</p><h1>指标进展</h1><p>数据截至 2025-12-31</p>',
    ['指标进展。', '数据截至 2025-12-31。'],
  ],
  [
    'controls are skipped',
    '<h1>政策文件</h1><read-aloud><div role="group"><button>朗读正文</button><button>暂停</button></div><p role="status"></p></read-aloud><form><label>类型<select><option>全部</option></select></label></form><p>正文</p>',
    ['政策文件。', '正文。'],
  ],
  [
    'reminders marked to come after are read after the content',
    '<article><h1>居民以旧换新指南</h1><p data-read="after"><strong>以官方最新发布为准。</strong>政策是否有效按本页生成日期判断；</p><h2>换车</h2><p>想报废旧车</p></article>',
    ['居民以旧换新指南。', '换车。', '想报废旧车。', '以官方最新发布为准。政策是否有效按本页生成日期判断；'],
  ],
  ['list items each end in a pause', '<h1>目录</h1><ol><li>一、总体要求</li><li>二、重点任务</li></ol>', ['目录。', '一、总体要求。', '二、重点任务。']],
  ['terms and definitions', '<h1>区商务局</h1><dl><div><dt>牵头单位</dt><dd>区科技经信局</dd></div></dl>', ['区商务局。', '牵头单位。', '区科技经信局。']],
  [
    'a table row is one block, its cells separated by a pause',
    '<h1>指标</h1><table><tr><th>序号</th><th>指标名称</th></tr><tr><td>8</td><td>更新和加装电梯</td></tr></table>',
    ['指标。', '序号，指标名称。', '8，更新和加装电梯。'],
  ],
  [
    'hidden, aria-hidden, skipped and citation text is not read',
    '<h1>标题</h1><p hidden>隐藏</p><span aria-hidden="true">■</span><p data-read="skip">略</p><div class="citation">引用本页</div><p>读这句</p>',
    ['标题。', '读这句。'],
  ],
  [
    'inline markup stays in its sentence; whitespace collapses',
    '<h1>标题</h1><p>力争到<strong>2027年</strong>，\n  更新<a href="#">电梯</a>100台</p>',
    ['标题。', '力争到2027年， 更新电梯100台。'],
  ],
  ['a term ending in a colon needs no 。', '<h1>标题</h1><p>总体目标（附件2主要目标）：</p><p>指标1</p>', ['标题。', '总体目标（附件2主要目标）：', '指标1。']],
  ['without a title the whole fragment is read', '<p>一段话</p><h2>小标题</h2>', ['一段话。', '小标题。']],
  ['nothing to read', '<h1></h1><button>朗读正文</button>', []],
];

describe('readingBlocks', () => {
  it.each(cases)('%s', (_, html, blocks) => {
    expect(readingBlocks(tree(html))).toEqual(blocks);
  });
});
