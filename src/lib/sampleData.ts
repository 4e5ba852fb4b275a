/**
 * Whether this build may contain example progress data. Only `npm run build:demo` sets
 * SAMPLE_DATA=1; every other build refuses a report marked `"sample": true`, so example figures
 * can never reach the official site, even if someone copies an example file into content/.
 */
export function allowSampleData(env: Record<string, string | undefined> = process.env): boolean {
  return env.SAMPLE_DATA === '1';
}
