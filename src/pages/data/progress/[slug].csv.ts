import { progressData } from '../../../data/openDataRoutes';

/** /data/progress/<slug>.csv — one indicator's reported figures, same columns as the whole file. */
export const { getStaticPaths, GET } = progressData.perIndicator('csv');
