export * from './playbook.ts';
export * from './data-placeholders.ts';
export * from './template-placeholders.ts';
export * from './playbook-questions.ts';
export * from './all-playbooks.ts';
