import { indicatorData } from '../../../data/openDataRoutes';

/** /data/indicators/<slug>.csv — one indicator's row, same columns as the whole table. */
export const { getStaticPaths, GET } = indicatorData.perIndicator('csv');
