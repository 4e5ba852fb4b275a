/**
 * The published 参与企业名单 (content/merchants/, written by `npm run import:merchants`) as
 * /guide/merchants/ shows them. The content check (src/checks/merchantCheck.ts) has already
 * held every 类别 to a guide topic before Astro renders anything.
 */
import { getCollection } from 'astro:content';
import { merchantsPage } from '../pageModels/merchantsPage.ts';

async function load() {
  const [lists, guide] = await Promise.all([getCollection('merchants'), getCollection('guide')]);
  return merchantsPage(
    lists.map((l) => l.data),
    guide.map((g) => g.data),
  );
}

let cached: ReturnType<typeof load> | undefined;

export function loadMerchants() {
  cached ??= load();
  return cached;
}
