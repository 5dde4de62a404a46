// End to end in Neovim: its built-in LSP client starts `java -jar
// touchbase.jar lsp`, opens a troubled sample and must receive exactly the
// findings samples/README.md lists.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expectedFor, keys, TODAY } from './expected.mjs';
import { EXTENSION, java, runGroup, serverJar, troubledWorkspace } from './support.mjs';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function nvimVersion() {
  try {
    return execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    throw new Error('Neovim is missing: run scripts/install-e2e-deps.sh (Debian package neovim).');
  }
}

async function diagnosticsOf(file, expected) {
  const root = troubledWorkspace('neovim');
  const out = join(root, '..', `${file}.json`);
  const result = await runGroup(
    'nvim',
    ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(EXTENSION, 'test', 'e2e', 'neovim', 'diagnostics.lua')}`],
    {
      cwd: root,
      env: {
        ...process.env,
        TOUCHBASE_JAVA: java(),
        TOUCHBASE_JAR: serverJar(),
        TOUCHBASE_ROOT: root,
        TOUCHBASE_FILE: join(root, file),
        TOUCHBASE_TODAY: TODAY,
        TOUCHBASE_EXPECTED: String(expected),
        TOUCHBASE_TIMEOUT_MS: '60000',
        TOUCHBASE_OUT: out,
      },
    },
    120000,
  );
  let written;
  try {
    written = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    assert.fail(`Neovim wrote no result (exit ${result.code}, signal ${result.signal}):\n${result.output}`);
  }
  assert.equal(written.error, undefined, `the Lua script failed: ${written.error}`);
  return written;
}

describe(`Neovim (${nvimVersion()}) with the language server`, () => {
  for (const file of ['app.client', 'loyalty.client']) {
    it(`publishes the expected findings of troubled/${file}`, async () => {
      const expected = expectedFor(file);
      const result = await diagnosticsOf(file, expected.length);
      assert.ok(result.arrived, `no diagnostics within 60 s; server log:\n${(result.log || []).join('\n')}`);
      const actual = keys(result.diagnostics.map((d) => ({ line: d.line, rule: d.code, severity: SEVERITY[d.severity] })));
      assert.deepEqual(actual, expected);
      for (const d of result.diagnostics) {
        assert.ok(d.message && d.message.length > 10, `a finding without a message: ${JSON.stringify(d)}`);
      }
    });
  }
});
