export * from './evidence-type.ts';
