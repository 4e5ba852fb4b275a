import { progressData } from '../../../data/openDataRoutes';

/** /data/progress/<slug>.json — one indicator's reported figures, in the same shape as the whole file. */
export const { getStaticPaths, GET } = progressData.perIndicator('json');
