import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OPEN_POSITION_COMMAND, withPositionLinks } from '../../src/report-html';

/** The command link's arguments, as VS Code reads them from the href. */
function commandArgs(html: string): unknown {
  const href = /<a class="pos" href="([^"]*)"/.exec(html)?.[1];
  assert.ok(href, `no position link in ${html}`);
  const unescaped = href.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  assert.ok(unescaped.startsWith(`command:${OPEN_POSITION_COMMAND}?`), unescaped);
  return JSON.parse(decodeURIComponent(unescaped.slice(unescaped.indexOf('?') + 1)));
}

describe('withPositionLinks', () => {
  it('turns a position into a command that opens the file at the line', () => {
    const html =
      '<td><a class="pos" href="file:///w/app.client#L14" data-file="file:///w/app.client" data-line="14">app.client:14</a></td>';
    const out = withPositionLinks(html);
    assert.deepEqual(commandArgs(out), ['file:///w/app.client', 14]);
    assert.match(out, />app\.client:14<\/a><\/td>$/);
    assert.match(out, /data-file="file:\/\/\/w\/app\.client" data-line="14"/);
  });

  it('passes the file as written, its escapes undone, and keeps the attribute escaped', () => {
    const html =
      '<a class="pos" href="a%22b.client#L3" data-file="a&quot;b&#39;&lt;c&gt;&amp;d.client" data-line="3">x</a>';
    const out = withPositionLinks(html);
    assert.deepEqual(commandArgs(out), ['a"b\'<c>&d.client', 3]);
    const href = /href="([^"]*)"/.exec(out)?.[1] ?? '';
    assert.doesNotMatch(href, /[<>"]/);
  });

  it('rewrites every position and leaves other links alone', () => {
    const html =
      '<a href="#findings">more</a> <a class="pos" href="a.client#L1" data-file="a.client" data-line="1">a.client:1</a>' +
      ' <a class="pos" href="b.client#L2" data-file="b.client" data-line="2">b.client:2</a>' +
      ' <a href="https://example.com/rules/x.md">x</a>';
    const out = withPositionLinks(html);
    assert.equal(out.split(`command:${OPEN_POSITION_COMMAND}?`).length - 1, 2);
    assert.match(out, /<a href="#findings">more<\/a>/);
    assert.match(out, /<a href="https:\/\/example\.com\/rules\/x\.md">x<\/a>/);
  });
});
