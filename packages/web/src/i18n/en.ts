/** English catalogue. zh-CN must have exactly the same keys (a test checks). */
export const en = {
  app: { name: 'Reinstate', tagline: 'Account health and appeals for Amazon sellers' },
  language: { label: 'Language', en: 'English', 'zh-CN': '简体中文' },
  health: {
    title: 'Installation health',
    loading: 'Checking the installation…',
    ok: 'Everything is working.',
    pending: 'Database migrations are pending.',
    failed: 'The server did not answer: {{message}}',
    version: 'Version',
    database: 'Database',
    migrations: 'Migrations applied',
    pendingCount: 'Migrations pending',
    kinds: { pglite: 'Embedded PostgreSQL (PGlite)', postgres: 'PostgreSQL server' },
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof en>;
