export * from './diagnosis.ts';
export { diagnose, receivedFromHeader, type DiagnoseOptions } from './diagnose.ts';
export { renderDiagnosis } from './render-diagnosis.ts';
export { diagnosisSchema } from './diagnosis-schema.ts';
export { causeCatalog } from './causes/index.ts';
export type { CauseCatalogEntry } from './cause-catalog.ts';
export { categorise as categoriseRequestedItem } from './find-requested-items.ts';
