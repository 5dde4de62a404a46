import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messagePage, withCsp } from '../../src/report-html';
import { formatTrust, parseProjectInfo, statusView } from '../../src/status';

describe('parseProjectInfo', () => {
  it('accepts the agreed shape', () => {
    assert.deepEqual(parseProjectInfo({ project: 'app', title: 'FreshCart mobile app', trust: 42.4, errors: 1, warnings: 16 }), {
      project: 'app',
      title: 'FreshCart mobile app',
      trust: 42.4,
      errors: 1,
      warnings: 16,
    });
  });
  it('treats a null result or a null project as no project', () => {
    assert.equal(parseProjectInfo(null), undefined);
    assert.equal(parseProjectInfo({ project: null, title: null, trust: null, errors: 0, warnings: 0 }), undefined);
    assert.equal(parseProjectInfo('app'), undefined);
  });
  it('keeps an unknown trust unknown and clamps the rest', () => {
    assert.equal(parseProjectInfo({ project: 'p', trust: null })?.trust, null);
    assert.equal(parseProjectInfo({ project: 'p', trust: 140 })?.trust, 100);
    assert.equal(parseProjectInfo({ project: 'p' })?.errors, 0);
  });
});

describe('statusView', () => {
  it('shows the server starting and stopped', () => {
    assert.match(statusView('starting', undefined).text, /sync~spin/);
    assert.match(statusView('stopped', undefined).tooltip, /stopped/);
  });
  it('shows a ready server on a file without a project', () => {
    assert.equal(statusView('ready', undefined).text, '$(check) Touchbase');
  });
  it('shows the project and its trust', () => {
    const view = statusView('ready', { project: 'app', title: 'FreshCart mobile app', trust: 41.6, errors: 1, warnings: 16 });
    assert.equal(view.text, '$(error) app · trust 42%');
    assert.match(view.tooltip, /Project: FreshCart mobile app \(app\)/);
    assert.match(view.tooltip, /1 error, 16 warnings/);
  });
  it('says unknown, not 0%, when there is nothing to count', () => {
    assert.equal(formatTrust(null), 'unknown');
    assert.equal(statusView('ready', { project: 'p', title: null, trust: null, errors: 0, warnings: 0 }).text, '$(shield) p · trust unknown');
  });
});

describe('withCsp', () => {
  it('puts the policy first in the head', () => {
    const html = withCsp('<html><head><title>x</title></head><body>r</body></html>', 'vscode-resource:');
    assert.match(html, /^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' vscode-resource:/);
    assert.ok(!/script-src/.test(html));
  });
  it('adds a head or a whole page when missing', () => {
    assert.match(withCsp('<html><body>r</body></html>', 'x'), /^<html><head><meta http-equiv/);
    assert.match(withCsp('<p>r</p>', 'x'), /<body><p>r<\/p><\/body>/);
  });
  it('escapes the message page', () => {
    assert.match(messagePage('No <report>', 'a & b', 'x'), /No &lt;report&gt;.*a &amp; b/);
  });
});
