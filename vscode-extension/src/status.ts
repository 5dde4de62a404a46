// What the status-bar item says. No `vscode` import here: the unit tests run
// this module under plain Node.

import * as l10n from './l10n';

export type ServerState = 'starting' | 'ready' | 'stopped';

/** The result of the server's `touchbase/projectInfo` request. */
export interface ProjectInfo {
  project: string | null;
  title: string | null;
  /** 0..100, or null when there is nothing to count yet. */
  trust: number | null;
  errors: number;
  warnings: number;
}

/** Accepts the request's result only in the agreed shape; anything else counts as "no project". */
export function parseProjectInfo(value: unknown): ProjectInfo | undefined {
  if (value === null || typeof value !== 'object') {
    return undefined;
  }
  const v = value as Record<string, unknown>;
  if (typeof v.project !== 'string' || v.project === '') {
    return undefined;
  }
  const trust = typeof v.trust === 'number' && Number.isFinite(v.trust) ? Math.max(0, Math.min(100, v.trust)) : null;
  return {
    project: v.project,
    title: typeof v.title === 'string' && v.title !== '' ? v.title : null,
    trust,
    errors: typeof v.errors === 'number' ? v.errors : 0,
    warnings: typeof v.warnings === 'number' ? v.warnings : 0,
  };
}

export interface StatusView {
  text: string;
  tooltip: string;
}

/** Formats the trust index the way every Touchbase tool does: a whole percentage, or "unknown". */
export function formatTrust(trust: number | null): string {
  return trust === null ? l10n.t('unknown') : `${Math.round(trust)}%`;
}

export function statusView(state: ServerState, info: ProjectInfo | undefined): StatusView {
  if (state === 'starting') {
    return { text: '$(sync~spin) Touchbase', tooltip: l10n.t('Touchbase: the language server is starting') };
  }
  if (state === 'stopped') {
    return {
      text: '$(circle-slash) Touchbase',
      tooltip: l10n.t('Touchbase: the language server is stopped. Click to show its output.'),
    };
  }
  if (!info || info.project === null) {
    return { text: '$(check) Touchbase', tooltip: l10n.t('Touchbase: ready. This file belongs to no project.') };
  }
  const name = info.title ? `${info.title} (${info.project})` : info.project;
  const lines = [
    l10n.t('Touchbase: ready'),
    l10n.t('Project: {0}', name),
    l10n.t('Trust: {0}', formatTrust(info.trust)),
    `${info.errors === 1 ? l10n.t('1 error') : l10n.t('{0} errors', info.errors)}, ${
      info.warnings === 1 ? l10n.t('1 warning') : l10n.t('{0} warnings', info.warnings)
    }`,
    l10n.t('Click to show the status report'),
  ];
  const icon = info.errors > 0 ? '$(error)' : info.warnings > 0 ? '$(warning)' : '$(shield)';
  return { text: `${icon} ${l10n.t('{0} · trust {1}', info.project, formatTrust(info.trust))}`, tooltip: lines.join('\n') };
}
