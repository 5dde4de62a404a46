// The extension speaks English and Russian: package.json through package.nls*.json,
// the code through l10n.t with the English text as the key and
// l10n/bundle.l10n.ru.json. These tests read the sources and the bundles.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { agendaGroups, agendaStatus, when } from '../../src/agenda-model';
import { importNotice } from '../../src/import';
import { noJavaMessage } from '../../src/java';
import * as l10n from '../../src/l10n';
import { toServerSettings } from '../../src/settings';
import { statusView } from '../../src/status';

const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;
}

const RU = readJson('l10n/bundle.l10n.ru.json') as Record<string, string>;

function sources(): { file: string; text: string }[] {
  return readdirSync(SRC)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ file: `src/${name}`, text: readFileSync(join(SRC, name), 'utf8') }));
}

/** The string literal that starts at `at` ('…' or "…"), unescaped, and where it ends; undefined when there is none. */
function literalAt(text: string, at: number): { value: string; end: number } | undefined {
  const quote = text[at];
  if (quote !== "'" && quote !== '"') {
    return undefined;
  }
  let value = '';
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      const next = text[++i];
      value += next === 'n' ? '\n' : next;
    } else if (c === quote) {
      return { value, end: i + 1 };
    } else {
      value += c;
    }
  }
  return undefined;
}

/** Every `l10n.t(` and `vscode.l10n.t(` call in the sources: its first argument when that is a plain string literal. */
function l10nCalls(): { where: string; key: string | undefined }[] {
  const calls: { where: string; key: string | undefined }[] = [];
  for (const { file, text } of sources()) {
    for (const match of text.matchAll(/\bl10n\.t\(\s*/g)) {
      const at = match.index + match[0].length;
      const line = text.slice(0, at).split('\n').length;
      calls.push({ where: `${file}:${line}`, key: literalAt(text, at)?.value });
    }
  }
  return calls;
}

/** Where the template literal that starts at `at` ends (its closing backtick), skipping `${…}` with nested braces and strings. */
function templateEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
    } else if (depth === 0 && c === '`') {
      return i;
    } else if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (depth > 0 && c === '{') {
      depth++;
    } else if (depth > 0 && c === '}') {
      depth--;
    } else if (depth > 0 && (c === "'" || c === '"')) {
      i = literalAt(text, i)?.end ?? text.length;
      i--;
    } else if (depth > 0 && c === '`') {
      i = templateEnd(text, i);
    }
  }
  return text.length;
}

/** A template literal's text without its `${…}` parts. */
function withoutInterpolations(template: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '$' && template[i + 1] === '{') {
      depth++;
      i++;
    } else if (depth > 0 && c === '{') {
      depth++;
    } else if (depth > 0 && c === '}') {
      depth--;
    } else if (depth === 0) {
      out += c;
    }
  }
  return out;
}

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/{\d+}/g)].map((m) => m[0]))].sort();
}

describe('the runtime strings', () => {
  const calls = l10nCalls();

  it('are found in the sources', () => {
    assert.ok(calls.length > 50, `only ${calls.length} l10n.t calls found`);
  });

  it('are each a plain string literal, so the key is the English text', () => {
    assert.deepEqual(
      calls.filter((c) => c.key === undefined).map((c) => c.where),
      [],
    );
  });

  it('all have a Russian translation with the same placeholders', () => {
    for (const { where, key } of calls) {
      if (key === undefined) {
        continue;
      }
      const russian = RU[key];
      assert.ok(typeof russian === 'string' && russian.trim() !== '', `${where}: no Russian for ${JSON.stringify(key)}`);
      assert.deepEqual(placeholders(russian), placeholders(key), `${where}: the placeholders of ${JSON.stringify(key)}`);
    }
  });

  it('leave no translation behind that the code no longer uses', () => {
    const used = new Set(calls.map((c) => c.key));
    assert.deepEqual(
      Object.keys(RU).filter((key) => !used.has(key)),
      [],
    );
  });

  it('are not written into the user interface without l10n.t', () => {
    // A literal where the user reads it: a notification, a label, a title, a tooltip, a problem.
    const places = [
      /\bshow(?:Error|Warning|Information)Message\(\s*/g,
      /\bmessagePage\(\s*/g,
      /\bnew Error\(\s*/g,
      /\bproblems\.push\(\s*/g,
      /\b(?:label|title|tooltip|description|placeHolder|openLabel|name|text)\s*:\s*/g,
      /\.(?:label|title|tooltip|description|name|text|problem)\s*=\s*/g,
    ];
    // The brand, codicons and the language's own keywords (the summary kinds) stay as they are.
    const untranslatable = (text: string) =>
      !/[A-Za-z]/.test(withoutInterpolations(text).replace(/\$\([\w~-]+\)/g, '').replace(/\bTouchbase\b/g, '')) ||
      ['final', 'interim'].includes(text);
    const found: string[] = [];
    for (const { file, text } of sources()) {
      for (const pattern of places) {
        for (const match of text.matchAll(pattern)) {
          const at = match.index + match[0].length;
          const quote = text[at];
          if (quote !== "'" && quote !== '"' && quote !== '`') {
            continue;
          }
          const end = quote === '`' ? templateEnd(text, at) : text.indexOf(quote, at + 1);
          const literal = text.slice(at + 1, end);
          if (!untranslatable(literal)) {
            found.push(`${file}:${text.slice(0, at).split('\n').length}: ${text.slice(at, end + 1)}`);
          }
        }
      }
    }
    assert.deepEqual(found, []);
  });
});

describe('the contributions in package.json', () => {
  const manifest = readJson('package.json');
  const english = readJson('package.nls.json');
  const russian = readJson('package.nls.ru.json');

  function keys(value: unknown, into: Set<string> = new Set()): Set<string> {
    if (typeof value === 'string') {
      const match = /^%(.+)%$/.exec(value);
      if (match) {
        into.add(match[1]);
      }
    } else if (Array.isArray(value)) {
      value.forEach((v) => keys(v, into));
    } else if (value !== null && typeof value === 'object') {
      Object.values(value).forEach((v) => keys(v, into));
    }
    return into;
  }
  const used = keys(manifest);

  it('come from package.nls.json and package.nls.ru.json', () => {
    assert.ok(used.size > 25, `only ${used.size} %keys% in package.json`);
    for (const key of used) {
      assert.ok(typeof english[key] === 'string' && english[key] !== '', `package.nls.json has no ${key}`);
      assert.ok(typeof russian[key] === 'string' && russian[key] !== '', `package.nls.ru.json has no ${key}`);
    }
    assert.deepEqual(Object.keys(english).filter((key) => !used.has(key)), [], 'unused keys in package.nls.json');
    assert.deepEqual(Object.keys(russian).sort(), Object.keys(english).sort(), 'package.nls.ru.json has other keys');
  });

  it('leave no English sentence in a title, name or description', () => {
    const contributes = manifest.contributes as Record<string, unknown>;
    const literal: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        value.forEach((v, i) => visit(v, `${path}[${i}]`));
      } else if (value !== null && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          const text = /^(title|category|name|contents|description|markdownDescription|patternErrorMessage|enumDescriptions)$/.test(key);
          if (text && typeof v === 'string' && !/^%.+%$/.test(v)) {
            literal.push(`${path}.${key}`);
          } else if (text && Array.isArray(v) && v.some((s) => typeof s === 'string' && !/^%.+%$/.test(s))) {
            literal.push(`${path}.${key}`);
          } else {
            visit(v, `${path}.${key}`);
          }
        }
      }
    };
    visit(contributes, 'contributes');
    assert.deepEqual(literal, []);
  });

  it('keep the Russian terms of the server', () => {
    assert.match(String(russian['configuration.cadence.markdownDescription']), /Периодичность касаний/);
    assert.match(String(russian['configuration.cadence.markdownDescription']), /ЛПР/);
    assert.equal(russian['command.insertMeetingSummary.title'], 'Вставить итоги встречи');
  });

  it('point VS Code to the runtime bundles', () => {
    assert.equal(manifest.l10n, './l10n');
  });
});

describe('the packaged extension', () => {
  it('takes the localisation files into the .vsix', () => {
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/);
    for (const line of ['!package.nls.json', '!package.nls.ru.json', '!l10n/bundle.l10n.ru.json']) {
      assert.ok(ignore.includes(line), `.vscodeignore lacks ${line}`);
    }
  });
});

describe('l10n.t', () => {
  after(() => l10n.configure(undefined));

  it('fills the placeholders, and keeps one without an argument', () => {
    assert.equal(l10n.t('{0} of {1}', 2, 'x'), '2 of x');
    assert.equal(l10n.t('{0} and {1}', 'a'), 'a and {1}');
  });
  it('is English without a bundle', () => {
    l10n.configure(undefined);
    assert.equal(l10n.t('Overdue'), 'Overdue');
  });
  it('takes the bundle\'s text and falls back to English for a message it lacks', () => {
    l10n.configure({ Overdue: 'Просрочено', 'Next {0} days': 'Ближайшие {0} дн.' });
    assert.equal(l10n.t('Overdue'), 'Просрочено');
    assert.equal(l10n.t('Next {0} days', 3), 'Ближайшие 3 дн.');
    assert.equal(l10n.t('Soon'), 'Soon');
  });
});

describe('in Russian', () => {
  before(() => l10n.configure(RU));
  after(() => l10n.configure(undefined));

  const item = {
    id: 'app/x',
    urgency: 'overdue' as const,
    date: '2026-11-17',
    time: null,
    project: { id: 'app', title: 'FreshCart', status: 'active' },
    kind: 'step',
    rule: null,
    people: [],
    what: 'Шаг «Дизайн» (`design`): срок',
    action: null,
    prepare: [],
    file: 'file:///w/app.client',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
  };

  it('the status bar', () => {
    const view = statusView('ready', { project: 'app', title: 'FreshCart', trust: 41.6, errors: 1, warnings: 16 });
    assert.equal(view.text, '$(error) app · доверие 42%');
    assert.equal(view.tooltip, 'Touchbase: готов\nПроект: FreshCart (app)\nДоверие: 42%\nошибок: 1, предупреждений: 16\nНажмите, чтобы открыть отчёт о состоянии');
    assert.match(statusView('ready', { project: 'app', title: null, trust: null, errors: 0, warnings: 0 }).tooltip, /Доверие: неизвестно/);
  });
  it('the Agenda view and its count', () => {
    const agenda = { now: '2026-11-20T00:00', days: 3, items: [item, { ...item, urgency: 'upcoming' as const, date: '2026-11-21' }] };
    assert.deepEqual(
      agendaGroups(agenda).map((g) => g.label),
      ['Просрочено (1)', 'Ближайшие 3 дн. (1)'],
    );
    assert.equal(when(item, agenda.now), 'просрочено на 3 дн.');
    assert.equal(when({ ...item, urgency: 'upcoming', date: '2026-11-21', time: '15:30' }, agenda.now), 'завтра 15:30');
    assert.deepEqual(agendaStatus(agenda), {
      text: '$(checklist) просрочено: 1',
      tooltip: 'План дел Touchbase: просрочено: 1. Нажмите, чтобы открыть «План дел».',
    });
  });
  it('the notice of an import, around the server\'s own summary', () => {
    assert.equal(
      importNotice({ summary: 'Добавлено касаний в app.client: 2\nПроблем: 1; остальное импортировано:\n', changed: [], added: 2, problems: 1 }),
      'Touchbase: Добавлено касаний в app.client: 2 Проблем: 1, см. вывод.',
    );
  });
  it('the message when no Java is found', () => {
    const message = noJavaMessage({ probes: [{ origin: 'PATH', executable: '/usr/bin/java', major: 11, version: '11', problem: l10n.t('is Java {0}, older than {1}', 11, 17) }] });
    assert.equal(
      message,
      'Языковому серверу Touchbase нужна Java 17 или новее. Проверено: /usr/bin/java (PATH) это Java 11, а нужна 17 или новее. ' +
        'Установите JDK или JRE 17+ (например, Eclipse Temurin 17 или пакет openjdk-17-jre) и укажите его папку в touchbase.java.home.',
    );
  });
  it('the settings that are ignored', () => {
    assert.deepEqual(toServerSettings({ cadence: '2 weeks', rules: { syntax: 'off' } }).problems, [
      'touchbase.cadence «2 weeks» — не длительность вида 4h, 1d, 2w или 1wd; используется cadence из touchbase.json, иначе 14d.',
      'touchbase.rules: «syntax» — правило языка, его замечания всегда ошибки; настройка не учитывается.',
    ]);
  });
});
