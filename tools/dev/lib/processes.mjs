// Child processes for the dev scripts: readable prefixed output, ordered shutdown, no orphans.
import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { createInterface } from 'node:readline';

const COLORS = { api: 36, worker: 35, redis: 31, postgres: 34, mail: 33, build: 32 };
const useColor = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

export function label(name) {
  const text = `[${name}]`;
  return useColor ? `\u001b[${COLORS[name] ?? 90}m${text}\u001b[0m` : text;
}

export function say(message) {
  console.log(`${label('start')} ${message}`);
}

export function bold(text) {
  return useColor ? `\u001b[1m${text}\u001b[0m` : text;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on the port yet, so a well-known port (3000) can be used. */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export function isPortOpen(port, host = '127.0.0.1', timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function waitFor(probe, { timeoutMs = 30_000, intervalMs = 100, what = 'condition', abort } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const failure = abort?.();
    if (failure) throw new Error(failure);
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function pipeLines(stream, prefix, write) {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => write(`${prefix} ${line}\n`));
}

/**
 * A long-running child with prefixed output. It runs in its own process group so Ctrl-C in the
 * terminal reaches only this script, which then stops the children in a deliberate order.
 */
export function startService(name, command, args, { env, cwd, quiet = false, readyPattern } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...(useColor ? {} : { NO_COLOR: '1' }), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const prefix = label(name);
  // Quiet services (redis-server's start-up chatter) only show their output when they fail.
  const held = [];
  let markReady;
  const ready = new Promise((resolve) => (markReady = resolve));
  const show = (write) => (line) => {
    if (readyPattern?.test(line)) markReady();
    if (!quiet) return write(line);
    held.push(line);
    held.splice(0, held.length - 40);
  };
  pipeLines(child.stdout, prefix, show((line) => process.stdout.write(line)));
  pipeLines(child.stderr, prefix, show((line) => process.stderr.write(line)));
  let exit;
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      if (quiet && code !== 0 && signal === null) process.stderr.write(held.join(''));
      resolve(exit);
    });
    child.once('error', (error) => {
      exit = { code: null, signal: null, error };
      resolve(exit);
    });
  });
  return {
    name,
    child,
    exited,
    /** Resolves when a line matches `readyPattern`. */
    ready,
    /** Why the child is gone, or undefined while it runs. */
    exitReason: () =>
      exit && `${name} exited early (${exit.error?.message ?? (exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`)})`,
    async stop(timeoutMs = 10_000) {
      if (exit) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        if (!exit) child.kill('SIGKILL');
      }, timeoutMs);
      await exited;
      clearTimeout(timer);
    },
    /** Last resort from a synchronous `exit` handler. */
    killNow() {
      if (!exit && child.pid) {
        try {
          process.kill(child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    },
  };
}

/** A one-shot command whose output is shown as it runs; rejects on a non-zero exit. */
export function runStep(name, command, args, { env, cwd, inherit = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...(useColor || inherit ? {} : { NO_COLOR: '1' }), ...env },
      stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    if (!inherit) {
      const prefix = label(name);
      pipeLines(child.stdout, prefix, (line) => process.stdout.write(line));
      pipeLines(child.stderr, prefix, (line) => process.stderr.write(line));
    }
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${name} failed (${signal ? `signal ${signal}` : `exit code ${code}`})`));
    });
  });
}
