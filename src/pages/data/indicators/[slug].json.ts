import { indicatorData } from '../../../data/openDataRoutes';

/** /data/indicators/<slug>.json — one indicator, in the same shape as the whole table. */
export const { getStaticPaths, GET } = indicatorData.perIndicator('json');
