// A reporter for Node's test runner (`node --test --test-reporter=./scripts/test-reporter.mjs`)
// that keeps the build log short: each failure in full, whatever a test prints, and one
// closing line, "unit tests: N passed, N failed", instead of several hundred lines of TAP.
import { inspect } from 'node:util';

export default async function* reporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    const data = event.data ?? {};
    const suite = data.details?.type === 'suite';
    switch (event.type) {
      case 'test:pass':
        if (!suite) {
          if (data.skip || data.todo) {
            skipped++;
          } else {
            passed++;
          }
        }
        break;
      case 'test:fail':
        if (!suite) {
          failed++;
          const error = data.details?.error;
          const cause = error?.cause ?? error;
          yield `not ok: ${data.name} (${data.file ?? '?'}${data.line ? `:${data.line}` : ''})\n`;
          yield `${inspect(cause, { depth: 4 }).replace(/^/gm, '  ')}\n`;
        }
        break;
      case 'test:stdout':
      case 'test:stderr':
        yield data.message;
        break;
      default:
        break;
    }
  }
  yield `unit tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`;
}
