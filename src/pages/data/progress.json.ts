import { progressData } from '../../data/openDataRoutes';

/** /data/progress.json — the reported figures with version, generation date and the sample flag. */
export const GET = progressData.file('json');
