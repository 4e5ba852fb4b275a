/**
 * The published 参与企业名单 (content/merchants/, written by `npm run import:merchants`) and the
 * guide topics they are grouped under; /guide/merchants/ prints them through its page model
 * (src/pageModels/merchantsPage.ts). The content check (src/checks/merchantCheck.ts) has already
 * held every 类别 to a guide topic before Astro renders anything.
 */
import { getCollection } from 'astro:content';
import type { GuideSection } from '../schemas/guide.ts';
import type { MerchantList } from '../schemas/merchant.ts';

export interface MerchantContent {
  lists: MerchantList[];
  guide: GuideSection[];
}

async function load(): Promise<MerchantContent> {
  const [lists, guide] = await Promise.all([getCollection('merchants'), getCollection('guide')]);
  return { lists: lists.map((l) => l.data), guide: guide.map((g) => g.data) };
}

let cached: Promise<MerchantContent> | undefined;

export function loadMerchants(): Promise<MerchantContent> {
  cached ??= load();
  return cached;
}
