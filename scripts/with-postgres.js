#!/usr/bin/env node
// Runs a command with DATABASE_URL pointing at a PostgreSQL server: the one already in
// DATABASE_URL, else a private throw-away cluster (initdb + pg_ctl on a free port in a
// temporary directory), stopped and removed afterwards. Exits with the command's code.
// Usage: node scripts/with-postgres.js <command> [args...]
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-postgres.js <command> [args...]');
  process.exit(2);
}

if (process.env.DATABASE_URL) process.exit(await run(command, args, process.env));

const bin = findPostgresBin();
if (!bin) {
  console.error(
    'with-postgres: no PostgreSQL server binaries found (initdb, pg_ctl). Install PostgreSQL (e.g. `apt-get install postgresql`), or set DATABASE_URL to a server you can create schemas in.',
  );
  process.exit(2);
}

// PostgreSQL refuses to run as root: run the cluster as the `postgres` user then.
const asUser = process.getuid?.() === 0 ? systemUser('postgres') : null;
if (process.getuid?.() === 0 && !asUser) {
  console.error('with-postgres: running as root and there is no `postgres` user to run the cluster as. Run as a normal user or set DATABASE_URL.');
  process.exit(2);
}

const root = mkdtempSync(join(tmpdir(), 'reinstate-pg-'));
const dataDir = join(root, 'data');
const port = await freePort();
let started = false;

const cleanUp = () => {
  if (started) pg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], { quiet: true });
  started = false;
  rmSync(root, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

let code = 2;
try {
  if (asUser) {
    chownSync(root, asUser.uid, asUser.gid);
    chmodSync(root, 0o700);
  }
  pg('initdb', ['-D', dataDir, '-U', 'reinstate', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const serverOptions = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  pg('pg_ctl', ['-D', dataDir, '-l', join(root, 'server.log'), '-o', serverOptions, '-w', '-t', '60', 'start']);
  started = true;
  const url = `postgres://reinstate@127.0.0.1:${port}/postgres`;
  console.log(`with-postgres: private PostgreSQL cluster on port ${port}`);
  code = await run(command, args, { ...process.env, DATABASE_URL: url });
} catch (err) {
  console.error(`with-postgres: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  cleanUp();
}
process.exit(code);

function pg(tool, toolArgs, { quiet = false } = {}) {
  const executable = join(bin, tool);
  const result = asUser
    ? spawnSync('runuser', ['-u', 'postgres', '--', executable, ...toolArgs], { encoding: 'utf8', cwd: root })
    : spawnSync(executable, toolArgs, { encoding: 'utf8', cwd: root });
  if (result.status !== 0 && !quiet) {
    throw new Error(`${tool} failed (exit ${result.status}):\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`);
  }
}

function run(cmd, cmdArgs, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: 'inherit', env, shell: process.platform === 'win32' });
    child.on('error', (err) => {
      console.error(`with-postgres: could not run ${cmd}: ${err.message}`);
      resolve(2);
    });
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
}

/** The newest PostgreSQL bin directory: on PATH, else Debian/Ubuntu's /usr/lib/postgresql/<major>/bin. */
function findPostgresBin() {
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  if (onPath.status === 0 && onPath.stdout.trim()) return join(onPath.stdout.trim(), '..');
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const majors = readdirSync(base)
    .filter((name) => existsSync(join(base, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length > 0 ? join(base, majors[0], 'bin') : null;
}

function systemUser(name) {
  const result = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  return { uid: Number(result.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
