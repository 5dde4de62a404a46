import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importArguments, importNotice, parseImportResult, SERVER_COMMAND_IMPORT } from '../../src/import';

describe('importArguments', () => {
  it('sends the chosen URIs and the options to touchbase.import', () => {
    assert.equal(SERVER_COMMAND_IMPORT, 'touchbase.import');
    assert.deepEqual(importArguments(['file:///mail/inbox.mbox', 'file:///cal/team.ics']), [
      { paths: ['file:///mail/inbox.mbox', 'file:///cal/team.ics'], dryRun: false, withNotes: false },
    ]);
    assert.deepEqual(importArguments(['file:///a.eml'], { dryRun: true }), [
      { paths: ['file:///a.eml'], dryRun: true, withNotes: false },
    ]);
  });
});

describe('parseImportResult', () => {
  it('accepts the server answer', () => {
    assert.deepEqual(
      parseImportResult({ summary: 'Added 2 touches to portal-2026-11.client\n', changed: ['file:///w/portal-2026-11.client'], added: 2, problems: 0 }),
      { summary: 'Added 2 touches to portal-2026-11.client\n', changed: ['file:///w/portal-2026-11.client'], added: 2, problems: 0 },
    );
  });
  it('rejects what is not an answer and cleans up the rest', () => {
    assert.equal(parseImportResult(null), undefined);
    assert.equal(parseImportResult('text'), undefined);
    assert.equal(parseImportResult({ changed: [] }), undefined);
    assert.deepEqual(parseImportResult({ summary: 's', changed: ['u', 3], added: -1 }), {
      summary: 's',
      changed: ['u'],
      added: 0,
      problems: 0,
    });
  });
});

describe('importNotice', () => {
  it('shows the first line and points at the output for the rest', () => {
    assert.equal(
      importNotice({ summary: 'Added 1 touch to p-2026-11.client\n', changed: [], added: 1, problems: 0 }),
      'Touchbase: Added 1 touch to p-2026-11.client',
    );
    assert.equal(
      importNotice({ summary: 'Added 1 touch to p.client\nSkipped 1 message…\n  a@b (1 time)\n', changed: [], added: 1, problems: 0 }),
      'Touchbase: Added 1 touch to p.client (details in the output)',
    );
    assert.equal(
      importNotice({ summary: 'Nothing new to add\n2 problems; the rest was imported:\n', changed: [], added: 0, problems: 2 }),
      'Touchbase: Nothing new to add 2 problems: see the output.',
    );
  });
});
