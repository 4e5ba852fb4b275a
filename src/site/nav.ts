import { actionsName, type PlanCounts } from '../model/counts.ts';

/** Main navigation, in the order readers look for things. Paths are relative to the base. */
export interface NavItem {
  label: string;
  path: string;
}

/** The items; the actions' section is named by their number (十大行动), as the content counts them. */
export const mainNav = (counts: Pick<PlanCounts, 'actions'>): NavItem[] => [
  { label: '首页', path: '/' },
  { label: '方案原文', path: '/plan/' },
  { label: actionsName(counts.actions), path: '/actions/' },
  { label: '保障措施', path: '/measures/' },
  { label: '目标指标', path: '/indicators/' },
  { label: '进展', path: '/progress/' },
  { label: '通知公告', path: '/notices/' },
  { label: '责任部门', path: '/departments/' },
  { label: '居民指南', path: '/guide/' },
  { label: '政策文件', path: '/policies/' },
  { label: '开放数据', path: '/data/' },
  { label: '关于本站', path: '/about/' },
];

/** Whether a nav item is the current section of the page at `pathname` (both without base). */
export function isCurrent(item: NavItem, pathname: string): boolean {
  if (item.path === '/') return pathname === '/' || pathname === '';
  return pathname.startsWith(item.path);
}
