import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE.md, enforced: what each package may not import. Scans every source file
 * (tests excluded where a package's tests legitimately need more, e.g. core tests reading fixtures).
 */
const root = new URL('..', import.meta.url).pathname;
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

interface Boundary {
  pkg: string;
  includeTests: boolean;
  forbidden: (specifier: string) => string | null;
}

const isBuiltin = (s: string) => builtins.has(s) || s.startsWith('node:');
const startsWithAny = (s: string, prefixes: string[]) => prefixes.find((p) => s === p || s.startsWith(`${p}/`)) ?? null;

const boundaries: Boundary[] = [
  {
    pkg: 'core',
    includeTests: false,
    forbidden: (s) =>
      isBuiltin(s)
        ? 'a Node built-in module'
        : (startsWithAny(s, ['pg', 'kysely', '@electric-sql', 'hono', '@hono', 'react', 'react-dom', '@reinstate/db', '@reinstate/server', '@reinstate/web', '@reinstate/cli']) ??
          null),
  },
  { pkg: 'db', includeTests: true, forbidden: (s) => startsWithAny(s, ['hono', '@hono', 'react', 'react-dom', '@reinstate/server', '@reinstate/web', '@reinstate/cli']) },
  { pkg: 'server', includeTests: true, forbidden: (s) => startsWithAny(s, ['react', 'react-dom', 'pg', '@electric-sql', '@reinstate/web', '@reinstate/cli']) },
  { pkg: 'cli', includeTests: true, forbidden: (s) => startsWithAny(s, ['react', 'react-dom', 'pg', 'kysely', '@electric-sql', 'hono', '@reinstate/web']) },
  {
    pkg: 'web',
    includeTests: true,
    forbidden: (s) => (isBuiltin(s) ? 'a Node built-in module' : startsWithAny(s, ['pg', 'kysely', '@electric-sql', '@reinstate/db', '@reinstate/cli'])),
  },
];

function sourceFiles(dir: string, includeTests: boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path, includeTests));
    else if (/\.(ts|tsx)$/.test(entry) && (includeTests || !/\.test\.tsx?$/.test(entry))) out.push(path);
  }
  return out;
}

/** Import specifiers, type-only imports included: a type from `pg` in core is still a leak. */
export function importSpecifiers(source: string): string[] {
  const pattern = /(?:^|[;\s])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[^.\w])import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  const found: string[] = [];
  for (const match of source.matchAll(pattern)) found.push((match[1] ?? match[2] ?? match[3])!);
  return found;
}

describe('package boundaries (ARCHITECTURE.md)', () => {
  it('finds import specifiers of every form', () => {
    const source = `import { a } from 'node:fs';\nimport type { B } from "pg";\nexport * from './x.ts';\nconst m = await import('kysely');\nimport 'react';`;
    expect(importSpecifiers(source)).toEqual(['node:fs', 'pg', './x.ts', 'kysely', 'react']);
  });

  for (const boundary of boundaries) {
    it(`${boundary.pkg} imports only what it may`, () => {
      const dir = join(root, 'packages', boundary.pkg, 'src');
      const violations: string[] = [];
      for (const file of sourceFiles(dir, boundary.includeTests)) {
        for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
          const reason = boundary.forbidden(specifier);
          if (reason) violations.push(`${relative(root, file)} imports ${specifier}`);
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('core declares no dependency on a driver, a server or a UI library', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const deps = Object.keys(pkg.dependencies ?? {});
    expect(deps.filter((d) => startsWithAny(d, ['pg', 'kysely', '@electric-sql', 'hono', '@hono', 'react', 'react-dom', '@reinstate']))).toEqual([]);
  });

  it('core compiles without Node or DOM types', () => {
    const tsconfig = JSON.parse(readFileSync(join(root, 'packages/core/tsconfig.json'), 'utf8')) as { compilerOptions: { lib: string[]; types: string[] } };
    expect(tsconfig.compilerOptions.types).toEqual([]);
    expect(tsconfig.compilerOptions.lib.some((lib) => /dom/i.test(lib))).toBe(false);
  });
});
