import { spawn } from 'node:child_process';
import { chmodSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

// a cold start took 115 s on the two-core machine while other builds and benchmarks ran (usually 15-25 s)
const READINESS_DEADLINE_MS = 300_000;
const POLL_INTERVAL_MS = 500;
const STOP_GRACE_MS = 20_000;

/** Asks the kernel for a port nobody listens on. */
async function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function isReady(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return false;
    const body = await response.json();
    return body.status === 'UP';
  } catch {
    return false;
  }
}

/**
 * Starts `java --add-modules jdk.incubator.vector -jar $AIGENTFORCE_JAR` on a free port with a fresh data directory and waits until
 * /actuator/health/readiness says UP (bounded by a deadline; no fixed sleeps).
 * `env` adds or overrides environment variables (for example a mail server for this run only).
 * Returns { baseUrl, logFile, stop }. stop() is safe to call more than once.
 */
export async function startServer({ logDir, env = {} }) {
  const jar = process.env.AIGENTFORCE_JAR;
  if (!jar)
    throw new Error('Set AIGENTFORCE_JAR to the server jar (server/target/aigentforce-server.jar)');
  const java = process.env.AIGENTFORCE_JAVA || 'java';
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'aigentforce-e2e-'));
  // mkdtemp makes it 0700; when run as root the server hands its embedded PostgreSQL to an
  // unprivileged user, who must be able to reach the binaries and the cluster below this folder.
  chmodSync(dataDir, 0o755);
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, 'server.log');
  const log = createWriteStream(logFile);

  // the documented command line (docs/operations.md): the vector API for the search index
  const child = spawn(java, ['-Xmx768m', '--add-modules', 'jdk.incubator.vector', '-jar', resolve(jar)], {
    env: {
      ...process.env,
      AIGENTFORCE_DATA_DIR: dataDir,
      AIGENTFORCE_PORT: String(port),
      AIGENTFORCE_PUBLIC_URL: `http://localhost:${port}`,
      // every browser signs in and refreshes from 127.0.0.1 within a few minutes; the limit itself is tested in the server
      AIGENTFORCE_RATE_LIMIT_ANONYMOUS: '100000',
      // URL imports fetch from a file server the test starts on loopback (other internal addresses stay refused)
      AIGENTFORCE_OUTBOUND_ALLOW: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  let exited = false;
  const exit = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      exited = true;
      resolveExit({ code, signal });
    });
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    process.off('exit', killOnExit);
    if (!exited) {
      child.kill('SIGTERM');
      const result = await Promise.race([exit, delay(STOP_GRACE_MS, 'timeout')]);
      if (result === 'timeout') {
        child.kill('SIGKILL');
        await exit;
      }
    }
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const baseUrl = `http://localhost:${port}`;
  const readiness = `http://127.0.0.1:${port}/actuator/health/readiness`;
  const deadline = Date.now() + READINESS_DEADLINE_MS;
  while (!(await isReady(readiness))) {
    if (exited) {
      await stop();
      throw new Error(`The server exited before it was ready; see ${logFile}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `The server was not ready within ${READINESS_DEADLINE_MS / 1000} s; see ${logFile}`,
      );
    }
    await delay(POLL_INTERVAL_MS);
  }
  return { baseUrl, logFile, stop };
}

/** Set by support/run-suite.mjs: the base URL of a server the whole run shares. */
export const SHARED_SERVER_ENV = 'AIGENTFORCE_E2E_BASE_URL';

/**
 * The server a test file talks to: the run's shared one when support/run-suite.mjs started it
 * (`npm test`), otherwise one of its own (`node --test tests/one.test.mjs`).
 * Returns { baseUrl, stop }; stop() leaves a shared server alone.
 */
export async function useServer({ logDir }) {
  const shared = process.env[SHARED_SERVER_ENV];
  if (shared) return { baseUrl: shared, logFile: join(logDir, 'server.log'), stop: async () => {} };
  return startServer({ logDir });
}
