// The Agenda view's content, from the server's `touchbase/agenda` answer
// (the JSON of `touchbase agenda --format json`, see docs/agenda.md). No
// `vscode` import here: the unit tests run this module under plain Node.

import * as l10n from './l10n';

export type Urgency = 'overdue' | 'today' | 'upcoming' | 'soon';

export const URGENCIES: readonly Urgency[] = ['overdue', 'today', 'upcoming', 'soon'];

export interface AgendaItem {
  id: string;
  urgency: Urgency;
  date: string;
  time: string | null;
  project: { id: string; title: string; status: string };
  kind: string;
  rule: string | null;
  people: string[];
  what: string;
  action: string | null;
  prepare: string[];
  /** A document URI. */
  file: string;
  /** 1-based, as in the JSON. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Agenda {
  now: string;
  days: number;
  items: AgendaItem[];
}

/** A 0-based range, as editors count. */
export interface ZeroRange {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

/** A node of the tree: a group, or an item that opens its place in the file. */
export type AgendaNode =
  | { type: 'group'; urgency: Urgency; label: string; items: AgendaItem[] }
  | { type: 'item'; item: AgendaItem; label: string; description: string; tooltip: string; uri: string; range: ZeroRange };

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function parseItem(value: unknown): AgendaItem | undefined {
  if (value === null || typeof value !== 'object') {
    return undefined;
  }
  const v = value as Record<string, unknown>;
  const project = v.project as Record<string, unknown> | null | undefined;
  if (
    !isString(v.id) ||
    !URGENCIES.includes(v.urgency as Urgency) ||
    !isString(v.date) ||
    !project ||
    !isString(project.id) ||
    !isString(v.what) ||
    !isString(v.file) ||
    !isNumber(v.line) ||
    !isNumber(v.column)
  ) {
    return undefined;
  }
  return {
    id: v.id,
    urgency: v.urgency as Urgency,
    date: v.date,
    time: isString(v.time) ? v.time : null,
    project: {
      id: project.id,
      title: isString(project.title) ? project.title : project.id,
      status: isString(project.status) ? project.status : 'active',
    },
    kind: isString(v.kind) ? v.kind : '',
    rule: isString(v.rule) ? v.rule : null,
    people: Array.isArray(v.people) ? v.people.filter(isString) : [],
    what: v.what,
    action: isString(v.action) && v.action !== '' ? v.action : null,
    prepare: Array.isArray(v.prepare) ? v.prepare.filter(isString) : [],
    file: v.file,
    line: v.line,
    column: v.column,
    endLine: isNumber(v.endLine) ? v.endLine : v.line,
    endColumn: isNumber(v.endColumn) ? v.endColumn : v.column,
  };
}

/** Accepts the request's result only in the documented shape; items that do not fit are left out. */
export function parseAgenda(value: unknown): Agenda | undefined {
  if (value === null || typeof value !== 'object') {
    return undefined;
  }
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.items)) {
    return undefined;
  }
  const items: AgendaItem[] = [];
  for (const raw of v.items) {
    const item = parseItem(raw);
    if (item) {
      items.push(item);
    }
  }
  return { now: isString(v.now) ? v.now : '', days: isNumber(v.days) ? v.days : 7, items };
}

export function groupLabel(urgency: Urgency, days: number): string {
  switch (urgency) {
    case 'overdue':
      return l10n.t('Overdue');
    case 'today':
      return l10n.t('Today');
    case 'upcoming':
      return days === 7 ? l10n.t('This week') : l10n.t('Next {0} days', days);
    default:
      return l10n.t('Soon');
  }
}

/** The groups that have items, in the order of urgency. */
export function agendaGroups(agenda: Agenda | undefined): AgendaNode[] {
  if (!agenda) {
    return [];
  }
  const groups: AgendaNode[] = [];
  for (const urgency of URGENCIES) {
    const items = agenda.items.filter((item) => item.urgency === urgency);
    if (items.length > 0) {
      groups.push({ type: 'group', urgency, label: `${groupLabel(urgency, agenda.days)} (${items.length})`, items });
    }
  }
  return groups;
}

function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(a) || Number.isNaN(b) ? 0 : Math.round((b - a) / 86_400_000);
}

/** When an item is due, said relative to the agenda's "now": "3 days late", "today 15:30", "in 2 days". */
export function when(item: AgendaItem, now: string): string {
  const days = daysBetween(now, item.date);
  const time = item.time ? ` ${item.time}` : '';
  if (item.urgency === 'overdue') {
    return days >= 0 ? `${l10n.t('due today')}${time}` : days === -1 ? l10n.t('1 day late') : l10n.t('{0} days late', -days);
  }
  if (days <= 0) {
    return `${l10n.t('today')}${time}`;
  }
  return days === 1 ? `${l10n.t('tomorrow')}${time}` : `${item.date}${time}`;
}

/** An item's node: the sentence as label; when, project and people as description; all of it as tooltip. */
export function itemNode(item: AgendaItem, now: string): AgendaNode {
  const who = [item.project.id, ...(item.people.length > 0 ? [item.people.join(', ')] : [])].join(' · ');
  const tooltip = [
    `${item.date}${item.time ? ` ${item.time}` : ''} · ${item.project.title} (${item.project.id})`,
    item.what,
    ...(item.action ? [`→ ${item.action}`] : []),
    ...item.prepare.map((line) => `• ${line}`),
  ].join('\n');
  return {
    type: 'item',
    item,
    label: item.what,
    description: `${when(item, now)} · ${who}`,
    tooltip,
    uri: item.file,
    range: {
      startLine: item.line - 1,
      startCharacter: item.column - 1,
      endLine: item.endLine - 1,
      endCharacter: item.endColumn - 1,
    },
  };
}

/** The children of a node; the roots when there is none. */
export function agendaChildren(agenda: Agenda | undefined, node?: AgendaNode): AgendaNode[] {
  if (!node) {
    return agendaGroups(agenda);
  }
  if (node.type === 'group' && agenda) {
    return node.items.map((item) => itemNode(item, agenda.now));
  }
  return [];
}

/** The status bar's count: what is overdue and what is due today; undefined when neither. */
export function agendaStatus(agenda: Agenda | undefined): { text: string; tooltip: string } | undefined {
  if (!agenda) {
    return undefined;
  }
  const overdue = agenda.items.filter((item) => item.urgency === 'overdue').length;
  const today = agenda.items.filter((item) => item.urgency === 'today').length;
  if (overdue === 0 && today === 0) {
    return undefined;
  }
  const parts = [...(overdue > 0 ? [l10n.t('{0} overdue', overdue)] : []), ...(today > 0 ? [l10n.t('{0} today', today)] : [])];
  return {
    text: `$(checklist) ${parts.join(' · ')}`,
    tooltip: l10n.t('Touchbase agenda: {0}. Click to show the Agenda view.', parts.join(', ')),
  };
}
