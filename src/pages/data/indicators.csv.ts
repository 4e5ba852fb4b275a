import { indicatorData } from '../../data/openDataRoutes';

/** /data/indicators.csv — the whole indicator table, one row per indicator. */
export const GET = indicatorData.file('csv');
