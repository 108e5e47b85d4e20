export * from './export-plan.ts';
export * from './plan-attachment.ts';
export * from './upload-type.ts';
export * from './cjk-font.ts';
export { planExportName } from './export-file-name.ts';
