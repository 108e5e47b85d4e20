// The import thread's entry: it loads the TypeScript sources through tsx, as the CLI does.
// Plain JavaScript, because a worker thread starts without the main thread's loader.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker-thread.ts');
