// The editor's side of "Touchbase: Import mail or calendar files…": the arguments of the
// server's touchbase.import command and what its answer says. No vscode API here, so the
// unit tests run in plain Node.

import * as l10n from './l10n';

/** Server-side command (`workspace/executeCommand`) that imports the files. */
export const SERVER_COMMAND_IMPORT = 'touchbase.import';

/** The files the picker offers first; any file can still be chosen. */
export function importFilters(): Record<string, string[]> {
  return {
    [l10n.t('Mail and calendars')]: ['eml', 'mbox', 'mbx', 'ics'],
    [l10n.t('All files')]: ['*'],
  };
}

export interface ImportOptions {
  dryRun?: boolean;
  withNotes?: boolean;
}

/** What the server answers: its summary, the URIs of the files it wrote, and counts. */
export interface ImportResult {
  summary: string;
  changed: string[];
  added: number;
  problems: number;
}

/** The arguments of `touchbase.import` for the chosen files and folders (URIs). */
export function importArguments(uris: readonly string[], options: ImportOptions = {}): unknown[] {
  return [{ paths: [...uris], dryRun: options.dryRun === true, withNotes: options.withNotes === true }];
}

/** The server's answer, checked; undefined when it is not one (e.g. no workspace folder). */
export function parseImportResult(raw: unknown): ImportResult | undefined {
  if (raw === null || typeof raw !== 'object') {
    return undefined;
  }
  const value = raw as Record<string, unknown>;
  if (typeof value.summary !== 'string') {
    return undefined;
  }
  const changed = Array.isArray(value.changed) ? value.changed.filter((u): u is string => typeof u === 'string') : [];
  const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0);
  return { summary: value.summary, changed, added: count(value.added), problems: count(value.problems) };
}

/** One line for a notification: the summary's first line, and how many problems the output lists. */
export function importNotice(result: ImportResult): string {
  const first = result.summary.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const more = result.summary.split(/\r?\n/).filter((line) => line.trim() !== '').length > 1;
  const problems =
    result.problems > 0
      ? ` ${result.problems === 1 ? l10n.t('1 problem: see the output.') : l10n.t('{0} problems: see the output.', result.problems)}`
      : '';
  return `Touchbase: ${first}${more && problems === '' ? ` ${l10n.t('(details in the output)')}` : ''}${problems}`;
}
