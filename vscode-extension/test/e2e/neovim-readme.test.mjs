// End to end: the Neovim set-up that README.md gives, taken from the README
// as it is written (only the jar's path and the java command filled in), in
// the Neovim that scripts/install-e2e-deps.sh installs (Debian's 0.7.2): it
// must start the server by itself for a .client file and get its findings.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expectedFor, keys } from './expected.mjs';
import { EXTENSION, java, REPO, runGroup, serverJar, troubledWorkspace } from './support.mjs';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** The Lua block of the README's Neovim set-up. */
function readmeSnippet() {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const start = readme.indexOf('Neovim (its built-in client');
  const block = /```lua\n([^]*?)```/.exec(readme.slice(start));
  assert.ok(start >= 0 && block, 'README.md has no Lua block for Neovim');
  return block[1];
}

describe(`The README's Neovim set-up (${execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0]})`, () => {
  it('starts the server for a .client file and shows its findings', async () => {
    const snippet = readmeSnippet();
    assert.ok(snippet.includes('"/path/to/touchbase.jar"') && snippet.includes('{ "java",'), snippet);
    const root = troubledWorkspace('neovim-readme');
    const init = join(root, '..', 'init.lua');
    writeFileSync(init, snippet.replace('"/path/to/touchbase.jar"', JSON.stringify(serverJar())).replace('{ "java",', `{ ${JSON.stringify(java())},`));
    const out = join(root, '..', 'result.json');
    const expected = expectedFor('app.client');
    const result = await runGroup(
      'nvim',
      ['--headless', '-n', '-i', 'NONE', '-u', init, join(root, 'app.client'), '-c', `luafile ${join(EXTENSION, 'test', 'e2e', 'neovim', 'wait-diagnostics.lua')}`],
      { cwd: root, env: { ...process.env, TOUCHBASE_OUT: out, TOUCHBASE_EXPECTED: String(expected.length), TOUCHBASE_TIMEOUT_MS: '60000' } },
      120000,
    );
    let written;
    try {
      written = JSON.parse(readFileSync(out, 'utf8'));
    } catch {
      assert.fail(`Neovim wrote no result (exit ${result.code}):\n${result.output}`);
    }
    assert.equal(written.error, undefined, written.error);
    assert.equal(written.filetype, 'touchbase');
    assert.deepEqual(written.clients, ['touchbase']);
    assert.ok(written.arrived, 'no diagnostics within 60 s');
    assert.deepEqual(keys(written.diagnostics.map((d) => ({ line: d.line, rule: d.code, severity: SEVERITY[d.severity] }))), expected);
  });
});
