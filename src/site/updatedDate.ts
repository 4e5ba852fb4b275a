/**
 * A page's 更新时间 and where it comes from. The date is the latest change among the files the
 * page is built from (src/site/pageSources.ts), as their recorded history gives it, when the
 * history covers every one of them; otherwise the latest entry of the 更新记录, then the plan's
 * 发布日期 or 成文日期; otherwise none. Never the build clock, and never after the build date:
 * a date the site cannot justify is not printed. Pure.
 */

/** Where the date came from: the files' history, the 更新记录, or the document's own dates. */
export type UpdatedSource = 'history' | 'changelog' | 'published' | 'written';

export interface Updated {
  /** YYYY-MM-DD. */
  date: string;
  source: UpdatedSource;
}

export interface UpdatedInputs {
  /** File (relative to the content folder) → date of its last recorded change; null without history. */
  history: ReadonlyMap<string, string> | null;
  /** The latest date in content/changelog.json, if any. */
  changelog?: string | undefined;
  /** site.json's document.publishedDate and writtenDate ('' until known). */
  published?: string | undefined;
  written?: string | undefined;
  /** The build date, YYYY-MM-DD. */
  today: string;
}

const isDate = (d: string | undefined): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d);

/** The latest recorded change among `files`, or undefined when the history misses any of them. */
function fromHistory(files: readonly string[], history: ReadonlyMap<string, string> | null): string | undefined {
  if (!history || files.length === 0) return undefined;
  let latest: string | undefined;
  for (const f of files) {
    const d = history.get(f);
    // A file with no recorded change (new, edited since the last commit, or outside the history)
    // could be newer than anything recorded, so the history cannot date this page.
    if (!isDate(d)) return undefined;
    if (latest === undefined || d > latest) latest = d;
  }
  return latest;
}

export function updatedDate(files: readonly string[], inputs: UpdatedInputs): Updated | null {
  const candidates: [string | undefined, UpdatedSource][] = [
    [fromHistory(files, inputs.history), 'history'],
    [inputs.changelog, 'changelog'],
    [inputs.published, 'published'],
    [inputs.written, 'written'],
  ];
  for (const [date, source] of candidates) {
    if (isDate(date) && date <= inputs.today) return { date, source };
  }
  return null;
}
