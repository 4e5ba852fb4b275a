/**
 * Where a content file's JSON is broken and why, in words a clerk can act on. JSON.parse's own
 * messages are English, differ between Node versions, and for the commonest mistake (full-width
 * quotes “” typed by a Chinese input method) give no position at all. So when JSON.parse fails, this
 * scanner walks the text by the JSON grammar (RFC 8259) to the first place it breaks and names the
 * usual cause there: full-width quotes or punctuation, a missing or extra comma, a missing closing
 * bracket, a bare word. A byte order mark (Windows Notepad writes one) is not a mistake: it is
 * dropped, here and in the loaders Astro reads content with (src/content.config.ts). Pure.
 */

const BOM = '\uFEFF';

/** The text without a leading byte order mark. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export interface JsonProblem {
  /** Line and column (from 1, in characters) of the place to look at, in the text without a BOM. */
  line: number;
  column: number;
  /** That line, shortened around the column when long. */
  lineText: string;
  /** The character there, or null at the end of the file. */
  found: string | null;
  /** What is wrong and its usual cause. */
  cause: string;
}

/** Where the scan stopped and why; thrown from deep in the grammar, caught once in scan(). */
class Broken extends Error {
  readonly at: number;
  readonly reason: string;
  constructor(at: number, reason: string) {
    super(reason);
    this.at = at;
    this.reason = reason;
  }
}

const fullWidthQuotes = '“”‘’＂';
const fullWidthPunctuation: Record<string, string> = { '，': ',', '：': ':', '｛': '{', '｝': '}', '［': '[', '］': ']', '、': ',' };
const QUOTES = '用了中文（全角）引号：JSON 的键名和文字只能用英文双引号 " 括起（切换到英文输入法再输入）；文字里面的“”可以保留';
const punctuation = (c: string) => `用了中文（全角）标点「${c}」：JSON 的逗号、冒号和括号应为英文半角「${fullWidthPunctuation[c]}」`;
const closingQuote = (q: string) => `这段文字的收尾引号是中文引号「${q}」：JSON 文字的首尾只能是英文双引号 "（文字中间的“”可以保留）`;
const MISSING_COMMA = '这一项后面缺少英文逗号 ,：同一层的两个字段（或列表的两项）之间要用逗号隔开';
const ODD_SPACE = '这里有一个全角空格或其他特殊空白：请删除，或改为普通（半角）空格';
const TRAILING_COMMA = '最后一项后面多了逗号：} 或 ] 前的最后一项后面不能有逗号，请删除这个逗号';

/** The first place `text` (without a BOM) breaks the JSON grammar, as an offset and a cause; null when it is valid JSON. */
function scan(text: string): Broken | null {
  let i = 0;
  const at = () => text[i];
  const skip = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  /** A token that is not JSON where a value or key should start: its likely cause. */
  const notAValue = (where: 'value' | 'key'): Broken => {
    const c = text[i];
    if (c === undefined) return new Broken(i, '文件在此意外结束：缺少后面的内容或右括号 } ]');
    if (fullWidthQuotes.includes(c)) return new Broken(i, QUOTES);
    if (c in fullWidthPunctuation) return new Broken(i, punctuation(c));
    if (/\s/u.test(c)) return new Broken(i, ODD_SPACE);
    if (c === "'") return new Broken(i, '用了单引号 \'：JSON 的键名和文字只能用英文双引号 " 括起');
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return new Broken(i, 'JSON 不能有注释（// 或 /* */），请删除');
    const word = /^[^\s,:{}[\]"，：｛｝［］、]+/u.exec(text.slice(i))?.[0] ?? c;
    if (where === 'key') {
      if (c === '{' || c === '[') return new Broken(i, '此处应为英文双引号中的键名：常见原因是上面的一项少了右括号 } 或 ]');
      return new Broken(i, `键名应放在英文双引号中，写作 "${word}"`);
    }
    if (/^(?:true|false|null)$/iu.test(word)) return new Broken(i, `应写作小写的 ${word.toLowerCase()}`);
    if (/^[+-]?[\d.]/u.test(word)) return new Broken(i, `数字格式有误；带单位或文字的值要放在英文双引号中，写作 "${word}"`);
    return new Broken(i, `文字应放在英文双引号中，写作 "${word}"`);
  };

  const string = (): { start: number; end: number } => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return { start, end: i };
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/u.test(text.slice(i + 2, i + 6))) throw new Broken(i, '\\u 后面应为 4 位十六进制数字；要写反斜杠本身请写作 \\\\');
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next))
          throw new Broken(i, '反斜杠 \\ 在 JSON 文字中用于转义：要写反斜杠本身请写作 \\\\（如文件路径），或改用 /');
        i += 2;
        continue;
      }
      if (c === '\n' || c === '\r') {
        // The string ran to the end of its line: its closing quote is missing, most often typed full-width.
        const inside = text.slice(start, i);
        const quote = Math.max(inside.lastIndexOf('”'), inside.lastIndexOf('“'));
        if (quote > 0) throw new Broken(start + quote, closingQuote(inside[quote]!));
        throw new Broken(start, '这段文字缺少收尾的英文双引号 "（文字不能跨行，换行请写作 \\n）');
      }
      if (c < ' ') throw new Broken(i, '文字中不能直接有制表符（Tab）等控制字符，请删除或改为空格');
      i++;
    }
    throw new Broken(start, '文件在一段文字中结束：这段文字缺少收尾的英文双引号 "');
  };

  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/u.exec(text.slice(i));
    const word = /^[^\s,:{}[\]"，：｛｝［］、]+/u.exec(text.slice(i))?.[0] ?? '';
    if (!m || m[0].length !== word.length) throw notAValue('value');
    i += m[0].length;
  };

  /** A value starting at i; returns where the last string of it ended, for the causes after it. */
  const value = (): { start: number; end: number; string: boolean } => {
    const start = i;
    const c = at();
    if (c === '{' || c === '[') {
      container(c);
      return { start, end: i, string: false };
    }
    if (c === '"') return { ...string(), string: true };
    if (c !== undefined && /[-\d]/u.test(c)) {
      number();
      return { start, end: i, string: false };
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i) && !/[\w\u4e00-\u9fff]/u.test(text[i + word.length] ?? '')) {
        i += word.length;
        return { start, end: i, string: false };
      }
    }
    throw notAValue('value');
  };

  /** After an item: a comma, the closing bracket, or a mistake whose cause depends on what follows. */
  const afterItem = (open: number, close: '}' | ']', last: { start: number; end: number; string: boolean }): boolean => {
    skip();
    const c = at();
    if (c === ',') {
      const comma = i;
      i++;
      skip();
      if (at() === close) throw new Broken(comma, TRAILING_COMMA);
      return true;
    }
    if (c === close) {
      i++;
      return false;
    }
    if (c === undefined) throw unclosed(open, close);
    const inside = last.string ? text.slice(last.start + 1, last.end - 1) : '';
    if (/[“”]/u.test(inside) && /[“”][,:]|[“”]$/u.test(inside)) {
      // "区商务局”, "x": … — the full-width closing quote let the text run on to the next English quote.
      const quote = last.start + 1 + inside.search(/[“”](?:[,:]|$)/u);
      throw new Broken(quote, closingQuote(text[quote]!));
    }
    if (c in fullWidthPunctuation) throw new Broken(i, punctuation(c));
    if (/\s/u.test(c)) throw new Broken(i, ODD_SPACE);
    if (c === '}' || c === ']')
      throw new Broken(i, `括号不配对：第 ${position(text, open).line} 行第 ${position(text, open).column} 列的「${text[open]}」应以「${close}」结束`);
    // The comma belongs right after the previous item: point at its last character.
    if (c === '"' || c === '{' || c === '[' || /[-\dtfn]/u.test(c) || fullWidthQuotes.includes(c)) throw new Broken(last.end - 1, MISSING_COMMA);
    throw new Broken(i, close === '}' ? '此处应为英文逗号 , 或右括号 }' : '此处应为英文逗号 , 或右括号 ]');
  };

  const unclosed = (open: number, close: string) => {
    const p = position(text, open);
    return new Broken(text.length, `缺少右括号「${close}」：第 ${p.line} 行第 ${p.column} 列的「${text[open]}」没有配对的「${close}」`);
  };

  const container = (c: '{' | '['): void => {
    const open = i;
    const close = c === '{' ? '}' : ']';
    i++;
    skip();
    if (at() === close) {
      i++;
      return;
    }
    for (;;) {
      skip();
      if (at() === undefined) throw unclosed(open, close);
      if (close === '}') {
        if (at() !== '"') throw notAValue('key');
        string();
        skip();
        if (at() !== ':') {
          const c2 = at();
          if (c2 === '：') throw new Broken(i, punctuation('：'));
          if (c2 === undefined) throw unclosed(open, close);
          throw new Broken(i, '键名后面应为英文冒号 :');
        }
        i++;
        skip();
      }
      if (at() === undefined) throw unclosed(open, close);
      const item = value();
      if (!afterItem(open, close, item)) return;
    }
  };

  try {
    skip();
    if (i === text.length) return new Broken(0, '文件是空的：应为 JSON，至少是 [] 或 {}');
    const top = value();
    skip();
    if (i < text.length) {
      if (text[i] === ',' || text[i] === '{' || text[i] === '"') {
        return new Broken(i, `内容在第 ${position(text, top.end).line} 行已经结束，后面还有内容：常见原因是前面多了一个右括号 } 或 ]`);
      }
      if (text.startsWith('//', i) || text.startsWith('/*', i)) return new Broken(i, 'JSON 不能有注释（// 或 /* */），请删除');
      return new Broken(i, '内容已经结束，后面还有多余的文字或括号，请删除');
    }
    return null;
  } catch (e) {
    if (e instanceof Broken) return e;
    throw e;
  }
}

/** Line and column (from 1; columns in characters, as editors count them) of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

/** The line around a column, at most `width` characters, with … where it is cut. */
function lineAround(text: string, offset: number, width = 60): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  const chars = [...text.slice(start, end < 0 ? undefined : end).replace(/\r$/u, '')];
  const col = [...text.slice(start, offset)].length;
  if (chars.length <= width) return chars.join('').trim();
  const from = Math.max(0, Math.min(col - width / 2, chars.length - width));
  return `${from > 0 ? '…' : ''}${chars
    .slice(from, from + width)
    .join('')
    .trim()}${from + width < chars.length ? '…' : ''}`;
}

/** Where and why `text` is not valid JSON, or null when it is (a leading BOM is allowed). */
export function findJsonProblem(text: string): JsonProblem | null {
  const body = stripBom(text);
  const broken = scan(body);
  if (!broken) return null;
  const at = Math.min(broken.at, body.length);
  const { line, column } = position(body, at);
  return { line, column, lineText: lineAround(body, at), found: body[at] ?? null, cause: broken.reason };
}

/** The problem as one sentence for a ContentIssue. */
export function describeJsonProblem(p: JsonProblem): string {
  const where = p.found === null ? `第 ${p.line} 行第 ${p.column} 列（文件末尾）` : `第 ${p.line} 行第 ${p.column} 列的「${p.found}」处`;
  const line = p.lineText ? `（该行：${p.lineText}）` : '';
  return `JSON 格式有误（invalid JSON）：${where}${line}，${p.cause}`;
}

export type JsonRead = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Parses a content file's JSON: JSON.parse decides (it is what Astro uses), the scanner explains.
 * Should the two ever disagree on a broken file, the parser's own words are kept, so nothing broken passes as valid.
 */
export function parseJsonFile(text: string): JsonRead {
  const body = stripBom(text);
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    const problem = findJsonProblem(body);
    return { ok: false, message: problem ? describeJsonProblem(problem) : `JSON 格式有误（invalid JSON: ${(e as Error).message}）` };
  }
}
