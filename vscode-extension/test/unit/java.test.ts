import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { findJava, javaCandidates, javaInHome, noJavaMessage, parseJavaVersion } from '../../src/java';

describe('parseJavaVersion', () => {
  it('reads a modern OpenJDK version', () => {
    const output = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n';
    assert.deepEqual(parseJavaVersion(output), { major: 17, version: '17.0.15' });
  });
  it('reads a feature release without minor numbers', () => {
    assert.deepEqual(parseJavaVersion('openjdk version "21" 2023-09-19'), { major: 21, version: '21' });
  });
  it('reads an early-access build', () => {
    assert.deepEqual(parseJavaVersion('openjdk version "26-ea" 2026-03-17'), { major: 26, version: '26-ea' });
  });
  it('reads the old 1.x scheme as its real release', () => {
    assert.deepEqual(parseJavaVersion('java version "1.8.0_381"\nJava(TM) SE Runtime Environment'), {
      major: 8,
      version: '1.8.0_381',
    });
  });
  it('skips JVM noise before the version line', () => {
    const output = 'Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "11.0.22" 2024-01-16\n';
    assert.equal(parseJavaVersion(output)?.major, 11);
  });
  it('gives nothing for output without a version', () => {
    assert.equal(parseJavaVersion('Error: could not create the Java Virtual Machine.'), undefined);
    assert.equal(parseJavaVersion('version "abc"'), undefined);
  });
});

describe('javaInHome', () => {
  it('finds bin/java in a home folder', () => {
    assert.equal(javaInHome('/opt/jdk-17', 'linux'), path.join('/opt/jdk-17', 'bin', 'java'));
  });
  it('accepts the path of the executable itself', () => {
    assert.equal(javaInHome('/opt/jdk-17/bin/java', 'linux'), '/opt/jdk-17/bin/java');
  });
  it('uses java.exe on Windows', () => {
    assert.ok(javaInHome('C:\\jdk', 'win32').endsWith('java.exe'));
  });
});

describe('javaCandidates', () => {
  const exists = (file: string) => file === path.join('/usr/bin', 'java') || file === path.join('/opt/b', 'java');

  it('tries the setting, then JAVA_HOME, then the first java on the PATH', () => {
    const candidates = javaCandidates('/opt/setting', { JAVA_HOME: '/opt/env', PATH: '/nothing:/usr/bin:/opt/b' }, 'linux', exists);
    assert.deepEqual(candidates, [
      { origin: 'setting', executable: path.join('/opt/setting', 'bin', 'java') },
      { origin: 'JAVA_HOME', executable: path.join('/opt/env', 'bin', 'java') },
      { origin: 'PATH', executable: path.join('/usr/bin', 'java') },
    ]);
  });
  it('leaves out an empty setting and an empty JAVA_HOME', () => {
    const candidates = javaCandidates('  ', { JAVA_HOME: '', PATH: '/usr/bin' }, 'linux', exists);
    assert.deepEqual(candidates.map((c) => c.origin), ['PATH']);
  });
  it('finds nothing when there is no java anywhere', () => {
    assert.deepEqual(javaCandidates(undefined, { PATH: '/nothing' }, 'linux', exists), []);
  });
});

describe('findJava', () => {
  const versions: Record<string, string> = {
    [path.join('/jdk8', 'bin', 'java')]: 'java version "1.8.0_381"',
    [path.join('/jdk11', 'bin', 'java')]: 'openjdk version "11.0.22" 2024-01-16',
    [path.join('/jdk17', 'bin', 'java')]: 'openjdk version "17.0.15" 2025-04-15',
    [path.join('/jdk21', 'bin', 'java')]: 'openjdk version "21.0.2" 2024-01-16',
    [path.join('/usr/bin', 'java')]: 'openjdk version "17.0.15" 2025-04-15',
    [path.join('/broken', 'bin', 'java')]: 'garbage',
  };
  const exists = (file: string) => file in versions;
  const runVersion = async (file: string) => versions[file];

  it('takes the setting when it is Java 17+', async () => {
    const search = await findJava({ settingHome: '/jdk21', env: { JAVA_HOME: '/jdk17', PATH: '/usr/bin' }, platform: 'linux', exists, runVersion });
    assert.equal(search.found?.origin, 'setting');
    assert.equal(search.found?.major, 21);
    assert.equal(search.probes.length, 1);
  });
  it('passes over an old Java in the setting to JAVA_HOME', async () => {
    const search = await findJava({ settingHome: '/jdk11', env: { JAVA_HOME: '/jdk17', PATH: '/usr/bin' }, platform: 'linux', exists, runVersion });
    assert.equal(search.found?.origin, 'JAVA_HOME');
    assert.equal(search.probes[0].problem, 'is Java 11, older than 17');
  });
  it('falls back to the PATH', async () => {
    const search = await findJava({ settingHome: '', env: { JAVA_HOME: '/jdk8', PATH: '/usr/bin' }, platform: 'linux', exists, runVersion });
    assert.equal(search.found?.origin, 'PATH');
    assert.equal(search.found?.executable, path.join('/usr/bin', 'java'));
    assert.equal(search.probes[0].major, 8);
  });
  it('reports a setting that points nowhere and a java that prints no version', async () => {
    const search = await findJava({ settingHome: '/missing', env: { JAVA_HOME: '/broken', PATH: '' }, platform: 'linux', exists, runVersion });
    assert.equal(search.found, undefined);
    assert.deepEqual(search.probes.map((p) => p.problem), ['not found', 'prints no version']);
    const message = noJavaMessage(search);
    assert.match(message, /needs Java 17 or newer/);
    assert.match(message, /touchbase\.java\.home/);
    assert.match(message, /not found/);
  });
  it('reports a java that fails to run', async () => {
    const search = await findJava({
      env: { JAVA_HOME: '/jdk17' },
      platform: 'linux',
      exists,
      runVersion: async () => {
        throw new Error('spawn EACCES');
      },
    });
    assert.equal(search.found, undefined);
    assert.match(search.probes[0].problem ?? '', /does not run \(spawn EACCES\)/);
  });
  it('says what to install when there is no java at all', () => {
    const message = noJavaMessage({ probes: [] });
    assert.match(message, /No Java was found/);
    assert.match(message, /Install a JDK or JRE 17\+/);
  });
});

describe('findJava with real executables', { skip: process.platform === 'win32' }, () => {
  function fakeJava(dir: string, printed: string): string {
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    const file = path.join(bin, 'java');
    // Java prints its version on stderr.
    fs.writeFileSync(file, `#!/bin/sh\necho '${printed}' >&2\n`, { mode: 0o755 });
    return file;
  }

  it('runs each candidate and picks the first Java 17+', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'touchbase-java-'));
    try {
      fakeJava(path.join(root, 'old'), 'openjdk version "11.0.2" 2019-01-15');
      const good = fakeJava(path.join(root, 'new'), 'openjdk version "17.0.9" 2023-10-17');
      const search = await findJava({
        settingHome: path.join(root, 'old'),
        env: { JAVA_HOME: path.join(root, 'new'), PATH: '' },
      });
      assert.equal(search.found?.executable, good);
      assert.equal(search.found?.version, '17.0.9');
      assert.equal(search.probes[0].major, 11);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
