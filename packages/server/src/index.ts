export { createApp, createApi, type ApiType } from './app.ts';
export type { AppDeps } from './app-deps.ts';
export { startServer, serverTokenFileOf, type ServeOptions, type RunningServer } from './serve.ts';
export { toErrorBody, statusOfCode } from './error-handler.ts';
export { version } from './version.ts';
