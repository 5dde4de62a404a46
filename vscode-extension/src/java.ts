// Finding a Java runtime for the language server. No `vscode` import here:
// the unit tests run this module under plain Node.

import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from './l10n';

/** The oldest Java that runs the server. */
export const MIN_JAVA = 17;

/** Where a candidate `java` came from, in the order they are tried. */
export type JavaOrigin = 'setting' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
  origin: JavaOrigin;
  /** The `java` executable. */
  executable: string;
}

export interface JavaProbe extends JavaCandidate {
  /** The feature release (8, 11, 17, 21...), or undefined when it could not be read. */
  major?: number;
  /** The version as Java prints it, e.g. "17.0.15". */
  version?: string;
  /** Why this candidate cannot be used, when it cannot. */
  problem?: string;
}

export interface JavaSearch {
  /** The first candidate that is Java 17 or newer. */
  found?: JavaProbe;
  /** Every candidate looked at, in order. */
  probes: JavaProbe[];
}

export interface JavaSearchInput {
  /** The `touchbase.java.home` setting (empty when unset). */
  settingHome?: string;
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Runs `<java> -version` and resolves with what it printed; replaceable in tests. */
  runVersion?: (executable: string) => Promise<string>;
  /** Tells whether a file exists; replaceable in tests. */
  exists?: (file: string) => boolean;
}

function javaName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

/** The home's `bin/java`, for a setting or JAVA_HOME (a path to the executable itself is accepted too). */
export function javaInHome(home: string, platform: NodeJS.Platform = process.platform): string {
  const name = javaName(platform);
  const trimmed = home.trim();
  if (path.basename(trimmed) === name) {
    return trimmed;
  }
  return path.join(trimmed, 'bin', name);
}

/** The candidates in the order the extension tries them: setting, JAVA_HOME, PATH. */
export function javaCandidates(
  settingHome: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = isFile,
): JavaCandidate[] {
  const candidates: JavaCandidate[] = [];
  if (settingHome && settingHome.trim() !== '') {
    candidates.push({ origin: 'setting', executable: javaInHome(settingHome, platform) });
  }
  const javaHome = env.JAVA_HOME;
  if (javaHome && javaHome.trim() !== '') {
    candidates.push({ origin: 'JAVA_HOME', executable: javaInHome(javaHome, platform) });
  }
  const pathValue = env.PATH ?? env.Path ?? '';
  const name = javaName(platform);
  const delimiter = platform === 'win32' ? ';' : ':';
  for (const dir of pathValue.split(delimiter)) {
    if (dir.trim() === '') {
      continue;
    }
    const executable = path.join(dir, name);
    if (exists(executable)) {
      candidates.push({ origin: 'PATH', executable });
      break;
    }
  }
  return candidates;
}

/**
 * Reads the version from what `java -version` prints (on stderr), e.g.
 * `openjdk version "17.0.15" 2025-04-15`, `java version "1.8.0_381"`,
 * `openjdk version "21" 2023-09-19`, `openjdk version "26-ea" 2026-03-17`.
 */
export function parseJavaVersion(output: string): { major: number; version: string } | undefined {
  const match = /version "([^"]+)"/.exec(output);
  if (!match) {
    return undefined;
  }
  const version = match[1];
  const major = javaMajor(version);
  return major === undefined ? undefined : { major, version };
}

/** The feature release of a version as Java prints it: 17 for "17.0.15", 8 for "1.8.0_381". */
export function javaMajor(version: string): number | undefined {
  const numbers = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!numbers) {
    return undefined;
  }
  const major = Number(numbers[1]);
  return major === 1 && numbers[2] !== undefined ? Number(numbers[2]) : major; // 1.8.0_381 is Java 8
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Runs `java -version` with a time limit and resolves with its output (stdout and stderr). */
export function runJavaVersion(executable: string, timeoutMs = 15000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(executable, ['-version'], { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      const output = `${stderr ?? ''}${stdout ?? ''}`;
      if (error && !/version "/.test(output)) {
        reject(error);
        return;
      }
      resolve(output);
    });
  });
}

/** Looks at each candidate in order and stops at the first Java 17+. */
export async function findJava(input: JavaSearchInput): Promise<JavaSearch> {
  const platform = input.platform ?? process.platform;
  const exists = input.exists ?? isFile;
  const runVersion = input.runVersion ?? runJavaVersion;
  const probes: JavaProbe[] = [];
  for (const candidate of javaCandidates(input.settingHome, input.env, platform, exists)) {
    const probe: JavaProbe = { ...candidate };
    probes.push(probe);
    if (!exists(candidate.executable)) {
      probe.problem = l10n.t('not found');
      continue;
    }
    let output: string;
    try {
      output = await runVersion(candidate.executable);
    } catch (e) {
      probe.problem = l10n.t('does not run ({0})', e instanceof Error ? e.message : String(e));
      continue;
    }
    const parsed = parseJavaVersion(output);
    if (!parsed) {
      probe.problem = l10n.t('prints no version');
      continue;
    }
    probe.major = parsed.major;
    probe.version = parsed.version;
    if (parsed.major < MIN_JAVA) {
      probe.problem = l10n.t('is Java {0}, older than {1}', parsed.major, MIN_JAVA);
      continue;
    }
    return { found: probe, probes };
  }
  return { probes };
}

function describeOrigin(probe: JavaProbe): string {
  switch (probe.origin) {
    case 'setting':
      return 'touchbase.java.home';
    case 'JAVA_HOME':
      return 'JAVA_HOME';
    case 'PATH':
      return 'PATH';
  }
}

/** The one notification shown when no usable Java was found. */
export function noJavaMessage(search: JavaSearch): string {
  const head = l10n.t('Touchbase needs Java {0} or newer to run its language server.', MIN_JAVA);
  const tried = search.probes.map((p) => `${p.executable} (${describeOrigin(p)}) ${p.problem ?? ''}`.trim());
  const seen =
    tried.length === 0
      ? l10n.t('No Java was found: touchbase.java.home and JAVA_HOME are not set and there is no java on the PATH.')
      : l10n.t('Tried: {0}.', tried.join('; '));
  const fix = l10n.t(
    'Install a JDK or JRE {0}+ (for example Eclipse Temurin {0}, or the openjdk-{0}-jre package) and set touchbase.java.home to its folder.',
    MIN_JAVA,
  );
  return `${head} ${seen} ${fix}`;
}
