/**
 * What 朗读 reads of a page, as a list of blocks each spoken as its own utterance: pure, so it is
 * tested with HTML fragments (tests/unit/readingText.test.ts); the widget
 * (src/client/widgets/readAloud.ts) turns the visible part of the page's <main> into a ReadingNode
 * tree and speaks what this returns.
 *
 * - It starts at the page's title (the first <h1>): breadcrumbs and anything before the title are
 *   not what a listener asked for.
 * - Controls, navigation and hidden text are skipped (a listener cannot press a button that is read
 *   out); so is anything marked data-read="skip", and the 引用本页 block.
 * - Reminders marked data-read="after" (以官方最新发布为准 …) are read after the content, not before.
 * - Each heading, paragraph, list item, term, definition and table row is a block of its own and
 *   ends in punctuation (。 added when it has none), so a heading never runs into the next sentence.
 */

/** An element as 朗读 sees it: tag name in lower case, attributes, children; text as strings. */
export interface ReadingElement {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  children: readonly ReadingNode[];
}
export type ReadingNode = string | ReadingElement;

/** Controls, navigation and what is never read as text. */
const skippedTags = new Set(['nav', 'button', 'form', 'select', 'input', 'textarea', 'read-aloud', 'script', 'style', 'template', 'noscript', 'svg', 'canvas']);

/** Elements whose text is a block of its own: it is flushed before and after them. */
const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Table cells: read in a row, separated by a comma-like pause. */
const cellTags = new Set(['td', 'th']);

/** A block already ending in one of these needs no 。 added (a term ending in ： is followed by its definition). */
const endsSentence = /[。！？；：!?;:…]$/;

function skipped(el: ReadingElement): boolean {
  if (skippedTags.has(el.tag)) return true;
  const a = el.attrs;
  if ('hidden' in a || a['aria-hidden'] === 'true' || a['data-read'] === 'skip') return true;
  const classes = (a.class ?? '').split(/\s+/);
  return classes.includes('citation') || classes.includes('no-read');
}

function hasTitle(node: ReadingNode): boolean {
  return typeof node !== 'string' && !skipped(node) && (node.tag === 'h1' || node.children.some(hasTitle));
}

/** The blocks 朗读 speaks, in order: from the title on, the content, then the reminders marked to come after. */
export function readingBlocks(root: ReadingNode): string[] {
  const main: string[] = [];
  const after: string[] = [];
  // Without a title (a fragment, a page that lost its <h1>) the whole text is read.
  let started = !hasTitle(root);
  let line = '';
  let out = main;

  const flush = () => {
    const text = line
      .replace(/\s+/g, ' ')
      .replace(/[，\s]+$/, '')
      .trim();
    line = '';
    if (!text || !started) return;
    out.push(endsSentence.test(text) ? text : `${text}。`);
  };

  const walk = (node: ReadingNode) => {
    if (typeof node === 'string') {
      line += node;
      return;
    }
    if (skipped(node)) return;
    if (node.tag === 'br') {
      line += ' ';
      return;
    }
    const block = blockTags.has(node.tag);
    if (block) flush();
    if (node.tag === 'h1') started = true;
    const later = node.attrs['data-read'] === 'after' && out === main;
    if (later) out = after;
    for (const child of node.children) walk(child);
    if (cellTags.has(node.tag) && line.trim()) line = `${line.trimEnd()}，`;
    if (block || later) flush();
    if (later) out = main;
  };

  walk(root);
  flush();
  return [...main, ...after];
}
