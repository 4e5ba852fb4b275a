import { indicatorData } from '../../data/openDataRoutes';

/** /data/indicators.json — the indicator table with version and generation date. */
export const GET = indicatorData.file('json');
