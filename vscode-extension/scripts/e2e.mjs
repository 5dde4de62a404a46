// `npm run e2e [vscode|theia|neovim]`: the end-to-end tests.
//
// Needs the server jar (`mvn -B -DskipTests package` at the repository root)
// and the Debian packages of scripts/install-e2e-deps.sh. Installs Node 24,
// code-server and a Theia application from the npm registry into .e2e-tools/
// (scripts/e2e-tools.sh), packages the .vsix, then runs test/e2e/*.test.mjs
// with Node's test runner.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jar = join(root, '..', 'server', 'target', 'touchbase.jar');
const which = process.argv[2] ?? 'all';
if (!['all', 'vscode', 'theia', 'neovim'].includes(which)) {
  console.error('usage: node scripts/e2e.mjs [all|vscode|theia|neovim]');
  process.exit(2);
}

if (!existsSync(jar) && !process.env.TOUCHBASE_JAR) {
  console.error('The server jar is missing: run `mvn -B -DskipTests package` at the repository root first.');
  process.exit(1);
}
rmSync(join(root, '.e2e-work'), { recursive: true, force: true });
rmSync(join(root, 'e2e-screenshots'), { recursive: true, force: true });

const tests = [];
if (which === 'all' || which === 'neovim') {
  tests.push('test/e2e/snippets.test.mjs', 'test/e2e/neovim.test.mjs', 'test/e2e/neovim-readme.test.mjs');
}
if (which !== 'neovim') {
  execFileSync('bash', [join(root, 'scripts', 'e2e-tools.sh'), which], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts', 'package.mjs')], { cwd: root, stdio: 'inherit' });
}
if (which === 'all' || which === 'vscode') {
  tests.push('test/e2e/vscode.test.mjs');
}
if (which === 'all' || which === 'theia') {
  tests.push('test/e2e/theia.test.mjs');
}

let failed = false;
for (const test of tests) {
  console.log(`\n> node --test ${test}`);
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', test], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
