export * from './rule.ts';
export * from './letter-document.ts';
export * from './coverage.ts';
export * from './all-rules.ts';
export * from './review-letter.ts';
export * from './rule-docs.ts';
