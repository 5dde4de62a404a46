import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { javaMajor } from '../../src/java';
import { archiveFileName, archiveStamp, jvmOptions, JvmOptionsInput } from '../../src/jvm';
import { serverCommand } from '../../src/settings';

const DIR = path.join('/home/me/.config/Code/User/globalStorage', 'touchbase.touchbase');
const ARCHIVE_17 = path.join(DIR, 'touchbase-0.1.0-java-17.0.15.jsa');
const ARCHIVE_21 = path.join(DIR, 'touchbase-0.1.0-java-21.0.2.jsa');
const LOG = ['-Xlog:disable', '-Xlog:all=warning:stderr', '-XX:+DisplayVMOutputToStderr'];
const QUIET_DUMP = '-Xlog:cds=error:stderr';

function options(input: Partial<JvmOptionsInput>): string[] {
  return jvmOptions({ userArgs: [], javaVersion: '17.0.15', archiveDir: DIR, extensionVersion: '0.1.0', exists: () => false, ...input });
}

describe('archiveFileName', () => {
  it('names the archive after the extension and the Java runtime', () => {
    assert.equal(archiveFileName('0.1.0', '17.0.15'), 'touchbase-0.1.0-java-17.0.15.jsa');
  });
  it('keeps only safe characters', () => {
    assert.equal(archiveFileName('0.2.0+dev', '21.0.1+12/LTS "x"'), 'touchbase-0.2.0_dev-java-21.0.1_12_LTS__x_.jsa');
  });
  it('ends with the stamp of the java and the jar when there is one', () => {
    assert.equal(archiveFileName('0.1.0', '17.0.15', '1a2b3c4d'), 'touchbase-0.1.0-java-17.0.15-1a2b3c4d.jsa');
  });
});

describe('archiveStamp', () => {
  it('is eight hex digits that stay the same for the same java and jar', () => {
    const stamp = archiveStamp('/usr/bin/java', 2358870, 1795000000000.5);
    assert.match(stamp, /^[0-9a-f]{8}$/);
    assert.equal(archiveStamp('/usr/bin/java', 2358870, 1795000000000.5), stamp);
  });
  it('changes with another java, or a jar of another size or time', () => {
    const stamp = archiveStamp('/usr/bin/java', 2358870, 1795000000000);
    assert.notEqual(archiveStamp('/opt/jdk-17/bin/java', 2358870, 1795000000000), stamp);
    assert.notEqual(archiveStamp('/usr/bin/java', 2358871, 1795000000000), stamp);
    assert.notEqual(archiveStamp('/usr/bin/java', 2358870, 1795000001000), stamp);
  });
});

describe('javaMajor', () => {
  it('reads the feature release', () => {
    assert.equal(javaMajor('17.0.15'), 17);
    assert.equal(javaMajor('21'), 21);
    assert.equal(javaMajor('26-ea'), 26);
    assert.equal(javaMajor('1.8.0_381'), 8);
    assert.equal(javaMajor('abc'), undefined);
  });
});

describe('jvmOptions', () => {
  it('on Java 17 without an archive: logging to stderr, the parallel collector, and an archive written quietly at exit', () => {
    assert.deepEqual(options({}), [...LOG, '-XX:+UseParallelGC', `-XX:ArchiveClassesAtExit=${ARCHIVE_17}`, QUIET_DUMP]);
  });
  it('on Java 17 with an archive: uses it, and runs without it when it does not fit', () => {
    const exists = (file: string) => file === ARCHIVE_17;
    assert.deepEqual(options({ exists }), [...LOG, '-XX:+UseParallelGC', `-XX:SharedArchiveFile=${ARCHIVE_17}`, '-Xshare:auto']);
  });
  it('names the archive with the stamp of the java and the jar', () => {
    const archive = path.join(DIR, 'touchbase-0.1.0-java-17.0.15-1a2b3c4d.jsa');
    assert.ok(options({ stamp: '1a2b3c4d' }).includes(`-XX:ArchiveClassesAtExit=${archive}`));
  });
  it('on Java 18 too', () => {
    const archive = path.join(DIR, 'touchbase-0.1.0-java-18.0.2.jsa');
    assert.deepEqual(options({ javaVersion: '18.0.2' }), [...LOG, '-XX:+UseParallelGC', `-XX:ArchiveClassesAtExit=${archive}`, QUIET_DUMP]);
  });
  it('on Java 21: the JVM creates and refreshes the archive itself, whether it exists or not', () => {
    const expected = [...LOG, '-XX:+UseParallelGC', '-XX:+AutoCreateSharedArchive', `-XX:SharedArchiveFile=${ARCHIVE_21}`, QUIET_DUMP];
    assert.deepEqual(options({ javaVersion: '21.0.2' }), expected);
    assert.deepEqual(options({ javaVersion: '21.0.2', exists: () => true }), expected);
  });
  it('on Java 19, the first release with AutoCreateSharedArchive', () => {
    assert.ok(options({ javaVersion: '19' }).includes('-XX:+AutoCreateSharedArchive'));
  });
  it('without an archive when the Java version is unknown', () => {
    assert.deepEqual(options({ javaVersion: undefined }), [...LOG, '-XX:+UseParallelGC']);
    assert.deepEqual(options({ javaVersion: 'unknown' }), [...LOG, '-XX:+UseParallelGC']);
  });
  it('without an archive when there is no folder for it', () => {
    assert.deepEqual(options({ archiveDir: undefined }), [...LOG, '-XX:+UseParallelGC']);
  });
  it('keeps the collector the user chose', () => {
    for (const gc of ['-XX:+UseG1GC', '-XX:+UseSerialGC', '-XX:+UseZGC', '-XX:+UseShenandoahGC', '-XX:+UseParallelGC']) {
      const args = options({ userArgs: [gc] });
      assert.ok(!args.slice(0, -1).includes('-XX:+UseParallelGC'), gc);
      assert.equal(args.filter((a) => /^-XX:\+Use\w*GC$/.test(a)).length, 1, gc);
      assert.equal(args[args.length - 1], gc);
    }
  });
  it('still adds the parallel collector for options that only tune one', () => {
    assert.ok(options({ userArgs: ['-XX:+UseStringDeduplication', '-XX:MaxGCPauseMillis=100'] }).includes('-XX:+UseParallelGC'));
  });
  it('leaves class-data sharing to the user when their arguments mention it', () => {
    for (const userArgs of [
      ['-Xshare:off'],
      ['-Xshare:on'],
      ['-XX:SharedArchiveFile=/tmp/mine.jsa'],
      ['-XX:ArchiveClassesAtExit=/tmp/mine.jsa'],
      ['-XX:+AutoCreateSharedArchive', '-XX:SharedArchiveFile=/tmp/mine.jsa'],
      ['-XX:-AutoCreateSharedArchive'],
    ]) {
      for (const javaVersion of ['17.0.15', '21.0.2']) {
        assert.deepEqual(options({ userArgs, javaVersion, exists: () => true }), [...LOG, '-XX:+UseParallelGC', ...userArgs]);
      }
    }
  });
  it('puts its own options first and the user arguments last, just before -jar', () => {
    const userArgs = ['-Xmx512m', '-Xlog:gc:stderr', '-Dtouchbase.debug=true'];
    const { args } = serverCommand('/jdk/bin/java', '/ext/server/touchbase.jar', options({ userArgs }));
    assert.deepEqual(args, [
      ...LOG,
      '-XX:+UseParallelGC',
      `-XX:ArchiveClassesAtExit=${ARCHIVE_17}`,
      QUIET_DUMP,
      '-Xmx512m',
      '-Xlog:gc:stderr',
      '-Dtouchbase.debug=true',
      '-jar',
      '/ext/server/touchbase.jar',
      'lsp',
    ]);
  });
});
