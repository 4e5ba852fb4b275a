/** The two builds every site and browser test runs against: at the root and under a portal path. */
export const testBuilds = [
  { name: 'root', base: '/', dir: '.test-dist/root' },
  { name: 'portal', base: '/zt/liangxin/', dir: '.test-dist/portal' },
] as const;

export type TestBuild = (typeof testBuilds)[number];
