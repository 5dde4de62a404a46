// Every snippet, expanded with its default values, is valid Touchbase: the
// server's own checker finds no language error (syntax, unknown-reference,
// duplicate-id, invalid-date, invalid-use) in it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXTENSION, java, serverJar, WORK } from './support.mjs';

const LANGUAGE_RULES = ['syntax', 'unknown-reference', 'duplicate-id', 'invalid-date', 'invalid-use'];
const VARIABLES = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '20', CURRENT_HOUR: '09', CURRENT_MINUTE: '30' };

/** The text VS Code inserts when every placeholder keeps its default (the first choice of a choice). */
export function expand(body) {
  let text = Array.isArray(body) ? body.join('\n') : body;
  text = text.replace(/\t/g, '  ');
  for (let i = 0; i < 5; i++) {
    text = text
      .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$(?:\{([A-Z_]+)\}|([A-Z_]+))/g, (_, a, b) => VARIABLES[a ?? b] ?? '')
      .replace(/\$(?:\{\d+\}|\d+)/g, '');
  }
  return text;
}

/** A project that declares what the snippets' defaults refer to. */
function host(inner, outside = '') {
  return `project project "Host" {
  goal "g"
  person person "P" { decides }
  person people "Q" { contact }
  touch touch 2026-11-01 10:00 letter from person "Question"
  touch 2026-11-01 11:00 call with person { agreed earlier "A" }
  expect expectation from person "E" due 2026-11-10
${inner.replace(/^/gm, '  ')}
}
${outside}`;
}

function placed(name, text) {
  switch (name) {
    case 'Project':
      return text;
    case 'Log':
      return host('', text);
    case 'Step':
      return host(`plan {\n  ${text}\n}`);
    case 'Summary':
      return host(`touch 2026-11-02 10:00 meeting with person {\n${text.replace(/^/gm, '  ')}\n}`);
    case 'Suppression':
      return host(`${text}\ntouch 2026-11-02 10:00 call with person`);
    default:
      return host(text);
  }
}

describe('snippets', () => {
  const snippets = JSON.parse(readFileSync(join(EXTENSION, 'snippets', 'touchbase.code-snippets'), 'utf8'));
  const dir = join(WORK, `snippets-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const files = {};
  for (const [name, snippet] of Object.entries(snippets)) {
    const file = `${name.toLowerCase().replace(/[^a-z]+/g, '-')}.client`;
    files[file] = name;
    mkdirSync(join(dir, file.replace('.client', '')), { recursive: true });
    writeFileSync(join(dir, file.replace('.client', ''), file), `${placed(name, expand(snippet.body))}\n`);
  }

  it('has a prefix and a description for each snippet', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.prefix && snippet.prefix.length > 0, name);
      assert.ok(snippet.description, name);
    }
  });

  it('expand to files without language errors', () => {
    const problems = [];
    for (const file of Object.keys(files)) {
      // One workspace per snippet, so that declarations do not collide.
      let output;
      try {
        output = execFileSync(
          java(),
          ['-jar', serverJar(), 'check', '--format', 'json', '--fail-on', 'never', '--today', '2026-11-20', join(dir, file.replace('.client', ''))],
          { encoding: 'utf8' },
        );
      } catch (error) {
        assert.fail(`touchbase check failed on ${file}: ${error.stderr || error.message}`);
      }
      const { findings } = JSON.parse(output);
      for (const f of findings.filter((f) => LANGUAGE_RULES.includes(f.rule))) {
        problems.push(`${files[file]} (${file}:${f.line}:${f.column}): ${f.rule}: ${f.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
