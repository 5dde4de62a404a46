// The options the extension gives the JVM that runs the server. No `vscode`
// import here: the unit tests run this module under plain Node.

import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { javaMajor } from './java';

/**
 * The server's standard output is the LSP channel: the JVM logs nothing but
 * warnings and errors, and those go to standard error, as does what it
 * prints besides its log (an error that stops it starting, a thread dump).
 */
export const LOG_OPTIONS = ['-Xlog:disable', '-Xlog:all=warning:stderr', '-XX:+DisplayVMOutputToStderr'];

/**
 * While it writes an archive, the JVM warns of every class it leaves out
 * (some 180 lines for picocli's old class files alone): the runs that write
 * one log only errors of the `cds` tag, so the user's output is not flooded.
 */
export const QUIET_DUMP_OPTION = '-Xlog:cds=error:stderr';

/** The parallel collector starts a large workspace faster (see the launcher `./touchbase`). */
export const GC_OPTION = '-XX:+UseParallelGC';

export interface JvmOptionsInput {
  /** `touchbase.server.jvmArgs`, already split (see `toJvmArgs`). */
  userArgs: string[];
  /** The Java version as it prints it, e.g. "17.0.15"; undefined when unknown. */
  javaVersion?: string;
  /** The folder for the class-data sharing archives; undefined when there is none. */
  archiveDir?: string;
  /** The extension's version, part of the archive's name. */
  extensionVersion: string;
  /**
   * A short tag of the java executable and the server jar (see `archiveStamp`),
   * part of the archive's name, so that another JDK build of the same version
   * or a rebuilt jar gets an archive of its own instead of one that no longer fits.
   */
  stamp?: string;
  /** Tells whether a file exists; replaceable in tests. */
  exists: (file: string) => boolean;
}

/** The archive of one extension version on one Java runtime, e.g. `touchbase-0.1.0-java-17.0.15-1a2b3c4d.jsa`. */
export function archiveFileName(extensionVersion: string, javaVersion: string, stamp?: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');
  return `touchbase-${safe(extensionVersion)}-java-${safe(javaVersion)}${stamp ? `-${safe(stamp)}` : ''}.jsa`;
}

/** Eight hex digits that change with the java executable's path and the jar's size and modification time. */
export function archiveStamp(javaExecutable: string, jarSize: number, jarModified: number): string {
  return createHash('sha256').update(`${javaExecutable}\n${jarSize}\n${Math.floor(jarModified)}`).digest('hex').slice(0, 8);
}

/** True when the user's arguments already choose a collector (`-XX:+UseG1GC`, `-XX:+UseZGC`...). */
function choosesCollector(userArgs: string[]): boolean {
  return userArgs.some((a) => /^-XX:\+Use\w*GC$/.test(a));
}

/** True when the user's arguments already say something about class-data sharing. */
function mentionsSharing(userArgs: string[]): boolean {
  return userArgs.some((a) => /-Xshare|SharedArchiveFile|ArchiveClassesAtExit|AutoCreateSharedArchive/.test(a));
}

/**
 * The class-data sharing options: an archive per extension version and Java
 * runtime, made by the user's own JVM (an archive only fits the JVM build and
 * the jar path that made it, so none can be bundled). Java 19+ creates and
 * refreshes it itself; on Java 17 and 18 the first run writes it when it
 * exits and later runs use it (a stale one is ignored with a warning).
 */
function sharingOptions(input: JvmOptionsInput): string[] {
  if (input.javaVersion === undefined || input.archiveDir === undefined || mentionsSharing(input.userArgs)) {
    return [];
  }
  const major = javaMajor(input.javaVersion);
  if (major === undefined || major < 17) {
    return [];
  }
  const archive = path.join(input.archiveDir, archiveFileName(input.extensionVersion, input.javaVersion, input.stamp));
  if (major >= 19) {
    return ['-XX:+AutoCreateSharedArchive', `-XX:SharedArchiveFile=${archive}`, QUIET_DUMP_OPTION];
  }
  if (input.exists(archive)) {
    return [`-XX:SharedArchiveFile=${archive}`, '-Xshare:auto'];
  }
  return [`-XX:ArchiveClassesAtExit=${archive}`, QUIET_DUMP_OPTION];
}

/**
 * Every JVM argument before `-jar`: the logging options, the collector and
 * the archive, then the user's own arguments last, so that theirs win.
 */
export function jvmOptions(input: JvmOptionsInput): string[] {
  const gc = choosesCollector(input.userArgs) ? [] : [GC_OPTION];
  return [...LOG_OPTIONS, ...gc, ...sharingOptions(input), ...input.userArgs];
}
