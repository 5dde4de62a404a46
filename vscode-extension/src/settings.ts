// The extension's settings as the server sees them. No `vscode` import here:
// the unit tests run this module under plain Node.

import * as l10n from './l10n';

export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LOCALES = ['', 'en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** Rules that are always errors: neither settings nor suppression apply to them. */
export const LANGUAGE_RULES = ['syntax', 'unknown-reference', 'duplicate-id', 'invalid-date', 'invalid-use'];

/** Rules whose severity can be set. */
export const CONFIGURABLE_RULES = [
  'no-decision-maker',
  'no-goals',
  'unanswered',
  'late-reply',
  'unrecorded-agreement',
  'no-plan-b',
  'no-info-source',
  'dm-goals-unknown',
  'contact-motivation-unknown',
  'no-plan',
  'no-scenarios',
  'step-overdue',
  'meeting-without-summary',
  'obligation-overdue',
  'aimless-touch',
  'touch-gap',
  'key-person-leaving',
  'stale-status',
  'unused-suppression',
];

/**
 * What the server receives, as `initializationOptions` and (inside the
 * `touchbase` section) with every `workspace/didChangeConfiguration`.
 * An empty `today` means "the workspace's touchbase.json, else the clock";
 * an empty `locale` means "the editor's display language". `respondWithin`,
 * `cadence`, `remindEvery`, `confirmWithin`, `workweek` and `holidays` are
 * left out when not set (the server
 * refuses an empty duration): then touchbase.json's apply, else the
 * language's defaults.
 */
export interface ServerSettings {
  today: string;
  locale: Locale;
  rules: Record<string, Severity>;
  respondWithin?: string;
  cadence?: string;
  remindEvery?: string;
  confirmWithin?: string;
  workweek?: string;
  holidays?: string[];
}

/** The `touchbase` configuration section as VS Code returns it (values unchecked). */
export interface RawSettings {
  today?: unknown;
  locale?: unknown;
  rules?: unknown;
  respondWithin?: unknown;
  cadence?: unknown;
  remindEvery?: unknown;
  confirmWithin?: unknown;
  workweek?: unknown;
  holidays?: unknown;
}

export interface MappedSettings {
  settings: ServerSettings;
  /** One line per value that was ignored, for the user. */
  problems: string[];
}

const TODAY = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/;

/** A real calendar date `YYYY-MM-DD`, optionally followed by ` HH:MM`. */
export function isValidToday(value: string): boolean {
  const match = TODAY.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) {
    return false;
  }
  if (match[4] !== undefined) {
    const [hour, minute] = [Number(match[4]), Number(match[5])];
    if (hour > 23 || minute > 59) {
      return false;
    }
  }
  return true;
}

const DURATION = /^(\d+)(?:wd|[hdw])$/;

/** The longest duration the server counts: 1,000,000 hours, days, weeks or working days. */
const MAX_DURATION_AMOUNT = 1_000_000;

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A working week as the server reads it: day names (`mon` … `sun`) and
 * ranges, comma separated; a range may wrap (`sat-wed`).
 */
export function isValidWorkweek(value: string): boolean {
  if (value.trim() === '') {
    return false;
  }
  return value.split(',').every((part) => {
    const item = part.trim().toLowerCase();
    const ends = item.split('-').map((end) => end.trim());
    return ends.length <= 2 && ends.every((end) => DAY_NAMES.includes(end));
  });
}

/** A duration of the language: a whole number and `h`, `d`, `w` or `wd` (`4h`, `1d`, `2w`, `1wd`), at most 1000000 of them. */
export function isValidDuration(value: string): boolean {
  const match = DURATION.exec(value);
  return match !== null && Number(match[1]) <= MAX_DURATION_AMOUNT;
}

/** Maps the raw section to the settings the server gets, dropping what is not valid. */
export function toServerSettings(raw: RawSettings | undefined): MappedSettings {
  const problems: string[] = [];
  const settings: ServerSettings = { today: '', locale: '', rules: {} };

  const today = raw?.today;
  if (typeof today === 'string') {
    const trimmed = today.trim().replace(/\s+/g, ' ');
    if (trimmed !== '') {
      if (isValidToday(trimmed)) {
        settings.today = trimmed;
      } else {
        problems.push(
          l10n.t('touchbase.today "{0}" is not a real date (2026-11-20) or date-time (2026-11-20 14:30); the system clock is used.', today),
        );
      }
    }
  } else if (today !== undefined && today !== null) {
    problems.push(l10n.t('touchbase.today must be a string such as "2026-11-20"; the system clock is used.'));
  }

  const locale = raw?.locale;
  if (typeof locale === 'string' && (LOCALES as readonly string[]).includes(locale)) {
    settings.locale = locale as Locale;
  } else if (locale !== undefined && locale !== null) {
    problems.push(l10n.t('touchbase.locale "{0}" is not one of "en", "ru" or ""; the editor\'s language is used.', String(locale)));
  }

  const respondWithin = toDuration('respondWithin', raw?.respondWithin, '1wd', problems);
  if (respondWithin !== undefined) {
    settings.respondWithin = respondWithin;
  }
  const cadence = toDuration('cadence', raw?.cadence, '14d', problems);
  if (cadence !== undefined) {
    settings.cadence = cadence;
  }
  const remindEvery = toDuration('remindEvery', raw?.remindEvery, '7d', problems);
  if (remindEvery !== undefined) {
    settings.remindEvery = remindEvery;
  }
  const confirmWithin = toDuration('confirmWithin', raw?.confirmWithin, '1wd', problems);
  if (confirmWithin !== undefined) {
    settings.confirmWithin = confirmWithin;
  }

  const workweek = raw?.workweek;
  if (typeof workweek === 'string') {
    if (workweek.trim() !== '') {
      if (isValidWorkweek(workweek)) {
        settings.workweek = workweek.trim();
      } else {
        problems.push(
          l10n.t(
            'touchbase.workweek "{0}" is not day names and ranges such as "mon-fri" or "sun-thu"; workweek from touchbase.json, else mon-fri, is used.',
            workweek,
          ),
        );
      }
    }
  } else if (workweek !== undefined && workweek !== null) {
    problems.push(l10n.t('touchbase.workweek must be a string such as "mon-fri"; workweek from touchbase.json, else mon-fri, is used.'));
  }

  const holidays = raw?.holidays;
  if (Array.isArray(holidays)) {
    const days: string[] = [];
    for (const day of holidays) {
      const trimmed = typeof day === 'string' ? day.trim() : '';
      if (trimmed.length === 10 && isValidToday(trimmed)) {
        days.push(trimmed);
      } else {
        problems.push(l10n.t('touchbase.holidays: {0} is not a date such as "2026-11-04"; it is ignored.', JSON.stringify(day)));
      }
    }
    if (days.length > 0) {
      settings.holidays = days;
    }
  } else if (holidays !== undefined && holidays !== null) {
    problems.push(l10n.t('touchbase.holidays must be a list of dates such as ["2026-11-04"]; holidays from touchbase.json are used.'));
  }

  const rules = raw?.rules;
  if (rules !== undefined && rules !== null) {
    if (typeof rules !== 'object' || Array.isArray(rules)) {
      problems.push(l10n.t('touchbase.rules must be an object of rule ids and severities; it is ignored.'));
    } else {
      for (const [rule, severity] of Object.entries(rules as Record<string, unknown>)) {
        const value = typeof severity === 'string' ? severity.trim().toLowerCase() : severity;
        if (LANGUAGE_RULES.includes(rule)) {
          problems.push(l10n.t('touchbase.rules: "{0}" is a language rule and is always an error; the setting is ignored.', rule));
        } else if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) {
          settings.rules[rule] = value as Severity;
        } else {
          problems.push(
            l10n.t('touchbase.rules: "{0}" must be error, warning, info, hint or off, not {1}; it is ignored.', rule, JSON.stringify(severity)),
          );
        }
      }
    }
  }
  return { settings, problems };
}

/** `touchbase.respondWithin` or `touchbase.cadence`, trimmed; undefined when empty or not valid (then a problem says so). */
function toDuration(key: string, value: unknown, fallback: string, problems: string[]): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') {
      return undefined;
    }
    if (isValidDuration(trimmed)) {
      return trimmed;
    }
    problems.push(
      l10n.t('touchbase.{0} "{1}" is not a duration such as 4h, 1d, 2w or 1wd; {0} from touchbase.json, else {2}, is used.', key, value, fallback),
    );
  } else if (value !== undefined && value !== null) {
    problems.push(l10n.t('touchbase.{0} must be a string such as "{1}"; {0} from touchbase.json, else {1}, is used.', key, fallback));
  }
  return undefined;
}

/** `touchbase.server.jvmArgs`: an array of strings (a single string is split at spaces). */
export function toJvmArgs(raw: unknown): string[] {
  if (Array.isArray(raw)) {
    return raw.filter((a): a is string => typeof a === 'string').map((a) => a.trim()).filter((a) => a !== '');
  }
  if (typeof raw === 'string') {
    return raw.split(/\s+/).filter((a) => a !== '');
  }
  return [];
}

/** The server's command line: `java [jvmArgs] -jar <jar> lsp`. */
export function serverCommand(java: string, jar: string, jvmArgs: string[]): { command: string; args: string[] } {
  return { command: java, args: [...jvmArgs, '-jar', jar, 'lsp'] };
}

/**
 * The command that shows one setting in the Settings editor. A machine-scoped
 * setting (such as touchbase.java.home) lives in the remote settings when the
 * extension runs on a remote (SSH, containers, code-server): the User tab
 * would not list it there.
 */
export function openSettingCommand(remoteName: string | undefined, setting: string): { command: string; args: unknown[] } {
  if (remoteName) {
    return { command: 'workbench.action.openRemoteSettings', args: [{ query: setting }] };
  }
  return { command: 'workbench.action.openSettings', args: [setting] };
}
