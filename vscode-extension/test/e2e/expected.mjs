// The findings samples/troubled/ must produce at "now" = 2026-11-20 (the
// table in samples/README.md): file, 1-based line, rule, severity.
export const TODAY = '2026-11-20';

export const TROUBLED = [
  ['app.client', 5, 'no-goals', 'warning'],
  ['app.client', 5, 'no-plan-b', 'warning'],
  ['app.client', 5, 'no-info-source', 'info'],
  ['app.client', 5, 'no-scenarios', 'info'],
  ['app.client', 12, 'dm-goals-unknown', 'warning'],
  ['app.client', 12, 'touch-gap', 'warning'],
  ['app.client', 17, 'contact-motivation-unknown', 'info'],
  ['app.client', 30, 'step-overdue', 'warning'],
  ['app.client', 54, 'unrecorded-agreement', 'warning'],
  ['app.client', 58, 'late-reply', 'info'],
  ['app.client', 73, 'unanswered', 'warning'],
  ['app.client', 79, 'meeting-without-summary', 'warning'],
  ['app.client', 83, 'obligation-overdue', 'warning'],
  ['app.client', 85, 'unanswered', 'warning'],
  ['app.client', 90, 'obligation-overdue', 'warning'],
  ['app.client', 97, 'aimless-touch', 'hint'],
  ['app.client', 101, 'unanswered', 'warning'],
  ['app.client', 103, 'unused-suppression', 'info'],
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
