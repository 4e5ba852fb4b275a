import { actionsName, type PlanCounts } from '../model/counts.ts';
import { itemMarker } from '../model/format.ts';

/**
 * The plan's two kinds of task: the actions (“二、重点任务”) and the measures (“三、保障措施”).
 * Their pages and cards are built alike (src/components/TaskPage.astro, TaskCard.astro); this says
 * where each kind lives and how the plan names the part it comes from. Paths are relative to the base.
 */
export type TaskKind = 'action' | 'measure';

export interface TaskKindInfo {
  /** The index page: /actions/. */
  index: string;
  /** The part of the plan the tasks come from, as the plan numbers it. */
  planPart: string;
}

export const taskKinds: Record<TaskKind, TaskKindInfo> = {
  action: { index: '/actions/', planPart: '二、重点任务' },
  measure: { index: '/measures/', planPart: '三、保障措施' },
};

/** The index page's title, and the breadcrumb back to it: 十大行动 (by the content's count), 保障措施. */
export function taskSection(kind: TaskKind, counts: Pick<PlanCounts, 'actions'>): string {
  return kind === 'action' ? actionsName(counts.actions) : '保障措施';
}

/** A task's own page: /actions/<slug>/. */
export function taskPath(kind: TaskKind, slug: string): string {
  return `${taskKinds[kind].index}${slug}/`;
}

/** The id of a task's heading on /plan/ and on its index page: action-<slug>. */
export function taskAnchor(kind: TaskKind, slug: string): string {
  return `${kind}-${slug}`;
}

/**
 * The own page of the task whose heading an address points to (/plan/#action-transport →
 * /actions/transport/), or undefined: search puts that page before the long page that holds the
 * same text (src/search/rank.ts ownPagesFirst).
 */
export function taskPathOfAnchor(url: string): string | undefined {
  const m = /#(action|measure)-([a-z0-9-]+)$/.exec(url);
  return m ? taskPath(m[1] as TaskKind, m[2]!) : undefined;
}

/**
 * An action's or measure's heading as the plan writes it, with its full stop: （一）制造业设备改造行动。
 * The plan runs the heading into the paragraph; the site sets it apart, and keeps the words whole.
 */
export function taskHeading(task: { number: number; title: string }): string {
  return `${itemMarker(task.number)}${task.title}。`;
}
