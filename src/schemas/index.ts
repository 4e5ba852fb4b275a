import './locale.ts';

export { departmentSchema } from './department.ts';
export { indicatorSchema } from './indicator.ts';
export { noteSchema } from './note.ts';
export { planSectionSchema } from './planSection.ts';
export { siteSchema } from './site.ts';
export { actionSchema, measureSchema } from './task.ts';
export { guideSectionSchema } from './guide.ts';
export { policySchema } from './policy.ts';
export { progressReportSchema } from './progress.ts';
export { searchSynonymSchema } from './searchSynonym.ts';
