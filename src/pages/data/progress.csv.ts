import { progressData } from '../../data/openDataRoutes';

/** /data/progress.csv — every reported figure, one row each; the header row alone until bureaus report. */
export const GET = progressData.file('csv');
