// Starts one server for the whole run, then runs the test files against it one after another:
// `node support/run-suite.mjs [test files or folders…]` (default: tests/). The files are still
// separate organisations (each registers its own), so they do not see each other's data.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { SHARED_SERVER_ENV, startServer } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targets = process.argv.slice(2);

// Only this run's pictures (each file also empties its own folder when it starts).
rmSync(join(root, 'test-results', 'screenshots'), { recursive: true, force: true });
const server = await startServer({ logDir: join(root, 'test-results') });
let child;
const forward = (signal) => child?.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);

let code = 1;
try {
  child = spawn(
    process.execPath,
    ['--test', '--test-concurrency=1', ...(targets.length > 0 ? targets : ['tests/'])],
    { cwd: root, stdio: 'inherit', env: { ...process.env, [SHARED_SERVER_ENV]: server.baseUrl } },
  );
  code = await new Promise((resolveExit) => {
    child.on('exit', (exitCode, signal) => resolveExit(exitCode ?? (signal ? 1 : 0)));
  });
} finally {
  await server.stop();
}
process.exit(code);
