// The findings samples/troubled/ must produce at "now" = 2026-11-20 (the
// table in samples/README.md): file, 1-based line, rule, severity.
export const TODAY = '2026-11-20';

export const TROUBLED = [
  ['app.client', 5, 'no-goals', 'warning'],
  ['app.client', 5, 'no-plan-b', 'warning'],
  ['app.client', 5, 'no-info-source', 'info'],
  ['app.client', 5, 'no-scenarios', 'info'],
  ['app.client', 14, 'dm-goals-unknown', 'warning'],
  ['app.client', 14, 'touch-gap', 'warning'],
  ['app.client', 19, 'contact-motivation-unknown', 'info'],
  ['app.client', 32, 'step-overdue', 'warning'],
  ['app.client', 56, 'unrecorded-agreement', 'warning'],
  ['app.client', 60, 'late-reply', 'info'],
  ['app.client', 69, 'action-overdue', 'warning'],
  ['app.client', 84, 'late-confirmation', 'info'],
  ['app.client', 92, 'unanswered', 'warning'],
  ['app.client', 98, 'meeting-without-summary', 'warning'],
  ['app.client', 102, 'empty-text', 'warning'],
  ['app.client', 103, 'empty-text', 'warning'],
  ['app.client', 106, 'obligation-overdue', 'warning'],
  ['app.client', 113, 'unanswered', 'warning'],
  ['app.client', 118, 'obligation-overdue', 'warning'],
  ['app.client', 129, 'aimless-touch', 'hint'],
  ['app.client', 132, 'open-question', 'info'],
  ['app.client', 137, 'unanswered', 'warning'],
  ['app.client', 139, 'misdirected-reply', 'warning'],
  ['app.client', 140, 'unanswered', 'warning'],
  ['app.client', 142, 'unused-suppression', 'info'],
  ['app.client', 147, 'action-overdue', 'warning'],
  ['loyalty.client', 2, 'no-decision-maker', 'error'],
  ['loyalty.client', 2, 'no-plan-b', 'warning'],
  ['loyalty.client', 2, 'no-plan', 'warning'],
  ['loyalty.client', 10, 'touch-gap', 'warning'],
  ['loyalty.client', 21, 'unrecorded-agreement', 'warning'],
].map(([file, line, rule, severity]) => ({ file, line, rule, severity }));

/** "line rule severity" keys of one file's findings, sorted, for readable diffs. */
export function keys(findings) {
  return findings.map((f) => `${String(f.line).padStart(3)} ${f.rule} ${f.severity}`).sort();
}

export function expectedFor(file) {
  return keys(TROUBLED.filter((f) => f.file === file));
}
