// Test program: takes a data directory the way `reinstate serve` does, says so on stdout,
// and holds it until killed. Usage: node --import tsx hold-data-dir.ts <dir> <lock|open> [url]
import { acquireDataDirLock } from '../../src/data-dir-lock.ts';
import { openDatabase } from '../../src/open-database.ts';

const [dataDir, mode, url] = process.argv.slice(2);
if (!dataDir || (mode !== 'lock' && mode !== 'open')) throw new Error('usage: hold-data-dir.ts <dir> <lock|open> [url]');
const lock = await acquireDataDirLock(dataDir, { role: url ? 'server' : 'cli' });
if (mode === 'open') await openDatabase({ dataDir });
if (url) await lock.setServerUrl(url);
process.stdout.write(`holding ${process.pid}\n`);
setInterval(() => {}, 60_000);
