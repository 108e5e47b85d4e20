export * from './report-kind.ts';
export { parseReport, splitFields, type ImportEvent, type ParseOptions } from './parse-report.ts';
export { detectEncoding, type ReportEncoding } from './text-decoding.ts';
export { claimsTemplateHeader } from './claims-template.ts';
