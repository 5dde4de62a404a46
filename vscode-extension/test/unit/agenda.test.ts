import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agendaChildren, agendaGroups, agendaStatus, groupLabel, parseAgenda, when } from '../../src/agenda-model';

function item(urgency: string, date: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `p/${urgency}-${date}`,
    urgency,
    date,
    time: null,
    project: { id: 'app', title: 'FreshCart mobile app', status: 'active' },
    kind: 'step',
    rule: null,
    people: ['Marina Belova'],
    what: `Something ${urgency}`,
    action: 'get in touch',
    prepare: [],
    file: 'file:///w/app.client',
    line: 12,
    column: 10,
    endLine: 12,
    endColumn: 14,
    ...extra,
  };
}

const AGENDA = {
  version: 1,
  now: '2026-11-20T00:00',
  days: 7,
  counts: { overdue: 2, today: 1, upcoming: 1, soon: 0 },
  items: [
    item('overdue', '2026-11-06', { rule: 'unanswered' }),
    item('overdue', '2026-11-19'),
    item('today', '2026-11-20', { time: '15:30', action: null }),
    item('upcoming', '2026-11-24', { prepare: ['open question: Who signs?'] }),
  ],
};

describe('parseAgenda', () => {
  it('accepts the documented shape', () => {
    const agenda = parseAgenda(AGENDA);
    assert.equal(agenda?.items.length, 4);
    assert.equal(agenda?.items[2].time, '15:30');
    assert.equal(agenda?.items[2].action, null);
  });
  it('treats anything else as no agenda and leaves out items that do not fit', () => {
    assert.equal(parseAgenda(null), undefined);
    assert.equal(parseAgenda({ items: 'x' }), undefined);
    assert.equal(parseAgenda({ ...AGENDA, items: [item('later', '2026-11-20'), { what: 'x' }, item('soon', '2026-12-01')] })?.items.length, 1);
  });
  it('takes missing optional fields as null or empty', () => {
    const bare: Record<string, unknown> = { ...item('soon', '2026-12-01') };
    for (const key of ['time', 'action', 'rule', 'prepare', 'people']) {
      delete bare[key];
    }
    const parsed = parseAgenda({ items: [bare] })?.items[0];
    assert.deepEqual([parsed?.time, parsed?.action, parsed?.rule, parsed?.prepare, parsed?.people], [null, null, null, [], []]);
  });
});

describe('the Agenda tree', () => {
  it('groups Overdue, Today, This week and Soon, leaving out empty groups', () => {
    const groups = agendaGroups(parseAgenda(AGENDA));
    assert.deepEqual(groups.map((g) => g.label), ['Overdue (2)', 'Today (1)', 'This week (1)']);
    assert.equal(groupLabel('upcoming', 3), 'Next 3 days');
    assert.deepEqual(agendaGroups(undefined), []);
  });
  it('makes each item a click away from its place in the file (0-based)', () => {
    const agenda = parseAgenda(AGENDA);
    const [overdue] = agendaChildren(agenda);
    const [first] = agendaChildren(agenda, overdue);
    assert.equal(first.type, 'item');
    if (first.type === 'item') {
      assert.equal(first.uri, 'file:///w/app.client');
      assert.deepEqual(first.range, { startLine: 11, startCharacter: 9, endLine: 11, endCharacter: 13 });
      assert.equal(first.label, 'Something overdue');
      assert.equal(first.description, '14 days late · app · Marina Belova');
      assert.match(first.tooltip, /→ get in touch/);
    }
    assert.deepEqual(agendaChildren(agenda, first), []);
  });
  it('says when relative to now', () => {
    const agenda = parseAgenda(AGENDA)!;
    assert.equal(when(agenda.items[1], agenda.now), '1 day late');
    assert.equal(when(agenda.items[2], agenda.now), 'today 15:30');
    assert.equal(when(agenda.items[3], agenda.now), '2026-11-24');
  });
  it('lists what to prepare in the tooltip', () => {
    const agenda = parseAgenda(AGENDA);
    const week = agendaChildren(agenda)[2];
    const [meeting] = agendaChildren(agenda, week);
    assert.ok(meeting.type === 'item' && /• open question: Who signs\?/.test(meeting.tooltip));
  });
});

describe('agendaStatus', () => {
  it('counts what is overdue and due today', () => {
    assert.deepEqual(agendaStatus(parseAgenda(AGENDA))?.text, '$(checklist) 2 overdue · 1 today');
  });
  it('shows nothing when nothing is late or due today', () => {
    assert.equal(agendaStatus(parseAgenda({ ...AGENDA, items: [item('soon', '2026-12-01')] })), undefined);
    assert.equal(agendaStatus(undefined), undefined);
  });
});
