// End to end in a real VS Code: code-server (run on Node 24) with the
// packaged .vsix installed, driven through Debian's Chromium by
// playwright-core. Opens the troubled sample and checks what a user sees:
// the language, the Problems panel, the Agenda view, a quick fix and a hover.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { expectedFor, keys, TODAY } from './expected.mjs';
import {
  CHROMIUM,
  CODE_SERVER,
  EXTENSION,
  freePort,
  NODE24,
  runGroup,
  SCREENSHOTS,
  startGroup,
  stopGroup,
  troubledWorkspace,
  WORK,
} from './support.mjs';

const { version } = JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8'));
const VSIX = join(EXTENSION, `touchbase-${version}.vsix`);

let codeServer;
let browser;
let page;
let workspace;
let userSettings;
let userData;
let shot = 0;

async function screenshot(name) {
  if (!page) {
    return undefined;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Runs a step and leaves a screenshot behind, named for the step, whatever happens. */
async function step(name, body) {
  try {
    return await body();
  } catch (error) {
    // The page as it was, to see why.
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, `${name}-failed.html`), await page.content().catch(() => ''));
    throw error;
  } finally {
    await screenshot(name).catch(() => undefined);
  }
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) {
        return;
      }
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    if (codeServer.exitCode !== null) {
      throw new Error(`code-server exited (${codeServer.exitCode}):\n${codeServer.output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms (${last}):\n${codeServer.output}`);
}

/** Runs a command from the command palette by its title. */
async function command(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 15000 });
  await page.keyboard.press('Enter');
}

async function openFile(name) {
  // Quick Open; asked again when a modal editor or a late focus change swallowed the first try.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    try {
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(name);
      // Enter takes the focused row: wait until the list is filtered down to the file, not the recent ones.
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).first().waitFor({ timeout: 15000 });
      await page.keyboard.press('Enter');
      await page.locator(`.tab.active[data-resource-name="${name}"]`).first().waitFor({ timeout: 5000 });
      break;
    } catch (error) {
      if (attempt === 3) {
        throw error;
      }
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** How often a text occurs in the Touchbase output channel's log file(s). */
function countInOutputLog(text) {
  let count = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
      } else if (entry.name.endsWith('Touchbase.log')) {
        count += readFileSync(path, 'utf8').split(text).length - 1;
      }
    }
  };
  walk(join(userData, 'logs'));
  return count;
}

/** Replaces the user settings the way a user does: in the settings.json editor, then saves. */
async function editUserSettings(settings) {
  // On one line: a typed line break would be indented by the editor.
  const text = JSON.stringify(settings);
  await command('Preferences: Open User Settings (JSON)');
  // The settings editor may open as a tab or as a modal editor; either way it takes the focus.
  await page.waitForFunction(() => document.activeElement?.closest('.monaco-editor') !== null, undefined, { timeout: 15000 });
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+A');
  // insertText types no keys, so no brackets or quotes are auto-closed.
  await page.keyboard.insertText(text);
  // Drop whatever the editor closed on its own after the text.
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+S');
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline && readFileSync(userSettings, 'utf8') !== text) {
    await page.waitForTimeout(250);
  }
  assert.equal(readFileSync(userSettings, 'utf8'), text, 'the settings were not saved');
  // A modal settings editor closes with Escape (and keeps the command palette from opening until then);
  // a settings tab is closed like any editor.
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  if ((await page.locator('.tab[data-resource-name="settings.json"]').count()) > 0) {
    await page.locator('.tab[data-resource-name="settings.json"] .codicon-close').first().click({ force: true });
    await page.locator('.tab[data-resource-name="settings.json"]').waitFor({ state: 'detached', timeout: 10000 });
  }
}

/** Puts the cursor at a 1-based line and column with "Go to Line/Column". */
async function goTo(line, column) {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** Findings in the Problems panel, as { file, line, rule, severity } (hints are not listed there). */
async function problems() {
  return page.evaluate(() => {
    const found = [];
    let file = '';
    for (const row of document.querySelectorAll('.markers-panel .monaco-list-row')) {
      const icon = row.querySelector('.marker-icon');
      if (!icon) {
        file = row.querySelector('.label-name')?.textContent.trim() ?? '';
        continue;
      }
      const position = /Ln (\d+), Col (\d+)/.exec(row.querySelector('.marker-line')?.textContent ?? '');
      const severity = ['error', 'warning', 'info'].find((s) => icon.classList.contains(s)) ?? 'hint';
      found.push({
        file,
        line: position ? Number(position[1]) : 0,
        rule: row.querySelector('.marker-code')?.textContent.trim() ?? '?',
        severity,
        source: row.querySelector('.marker-source')?.textContent.trim() ?? '',
      });
    }
    return found;
  });
}

/** The extension's status-bar item: its text and tooltip. */
async function touchbaseStatus() {
  const item = page.locator('[id="touchbase.touchbase.touchbase.status"]');
  if ((await item.count()) === 0) {
    return undefined;
  }
  return { text: (await item.textContent()).trim(), label: (await item.getAttribute('aria-label')) ?? '' };
}

async function waitForStatus(predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let status;
  while (Date.now() < deadline) {
    status = await touchbaseStatus();
    if (status && predicate(status)) {
      return status;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail(`the status bar item did not change as expected; it shows ${JSON.stringify(status)}`);
}

/**
 * Installs the .vsix into a throwaway code-server, starts it in its own process group and
 * opens the troubled workspace in headless Chromium. `extraEnv`, `extraSettings` (also written as
 * the machine's settings, where a remote window reads machine-scoped ones) and `extraArgs` vary it.
 */
async function launch(name, { extraEnv = {}, extraSettings = {}, extraArgs = [] } = {}) {
  const base = join(WORK, `${name}-${Date.now()}`);
  userData = join(base, 'user-data');
  const extensions = join(base, 'extensions');
  const config = join(base, 'code-server.yaml');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(config, 'auth: none\ncert: false\n');
  userSettings = join(userData, 'User', 'settings.json');
  writeFileSync(
    userSettings,
    JSON.stringify(
      {
        'touchbase.today': TODAY,
        // The LSP traffic goes to the Touchbase output (and its log file), to see why a step failed.
        'touchbase.trace.server': 'messages',
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'chat.disableAIFeatures': true,
        'window.restoreWindows': 'none',
        'editor.hover.delay': 200,
        'editor.minimap.enabled': false,
        'editor.stickyScroll.enabled': false,
        'editor.semanticHighlighting.enabled': false,
        'git.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
      },
      null,
      2,
    ),
  );
  mkdirSync(join(userData, 'Machine'), { recursive: true });
  writeFileSync(join(userData, 'Machine', 'settings.json'), JSON.stringify(extraSettings, null, 2));
  workspace = troubledWorkspace(name);
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(base, 'xdg-config'),
    XDG_DATA_HOME: join(base, 'xdg-data'),
    XDG_CACHE_HOME: join(base, 'xdg-cache'),
    ...extraEnv,
  };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', config];

  const install = await runGroup(NODE24, [CODE_SERVER, ...common, '--install-extension', VSIX, '--force'], { env }, 180000);
  assert.match(install.output, /successfully installed/i, `installing the .vsix failed:\n${install.output}`);

  const port = await freePort();
  codeServer = startGroup(
    NODE24,
    [
      CODE_SERVER,
      ...common,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...extraArgs,
      workspace,
    ],
    { env },
  );
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
  await page.locator('.part.statusbar').waitFor({ timeout: 90000 });
}

async function shutdown() {
  await browser?.close().catch(() => undefined);
  browser = undefined;
  page = undefined;
  await stopGroup(codeServer);
  codeServer = undefined;
}

describe('VS Code (code-server) with the Touchbase extension', () => {
  before(() => launch('vscode'));

  after(shutdown);

  it('installs the extension and shows .client files as Touchbase', async () => {
    await step('language', async () => {
      await openFile('app.client');
      const mode = page.locator('[id="status.editor.mode"]', { hasText: 'Touchbase' });
      await mode.waitFor({ timeout: 30000 });
      // The TextMate grammar (semantic highlighting is off in these settings) colours keywords,
      // names and strings differently, once the editor has tokenized the lines.
      let colours;
      const deadline = Date.now() + 20000;
      do {
        colours = await page.evaluate(() => {
          const colour = (match) => {
            // Monaco renders spaces as non-breaking spaces.
            const span = [...document.querySelectorAll('.view-lines span span')].find((s) =>
              match(s.textContent.replace(/\u00a0/g, ' ')),
            );
            return span ? getComputedStyle(span).color : null;
          };
          return {
            keyword: colour((t) => t === 'project'),
            name: colour((t) => t === 'app'),
            string: colour((t) => t.includes('FreshCart mobile app')),
          };
        });
      } while (!(colours.keyword && colours.name && colours.string) && Date.now() < deadline && (await page.waitForTimeout(250), true));
      assert.ok(colours.keyword && colours.name && colours.string, `tokens not found: ${JSON.stringify(colours)}`);
      assert.notEqual(colours.keyword, colours.string);
      assert.notEqual(colours.keyword, colours.name);
    });
  });

  it('starts the server and shows it ready in the status bar', async () => {
    await step('status', async () => {
      await waitForStatus((status) => /ready/.test(status.label), 60000);
    });
  });

  it('shows the agenda in the status bar and the Agenda view, and a click opens the item in its file', async () => {
    await step('agenda', async () => {
      // At 2026-11-20 the troubled sample has 13 overdue items, 1 today, 2 this week and 2 soon
      // (`touchbase agenda samples/troubled --today 2026-11-20`).
      const count = page.locator('[id="touchbase.touchbase.touchbase.agendaStatus"]');
      await count.filter({ hasText: '13 overdue · 1 today' }).waitFor({ timeout: 60000 });
      // The count is a click away from the view.
      await count.click();
      const view = page.locator('.pane', { has: page.locator('.pane-header[aria-label="Agenda Section"]') }).first();
      const row = (label) => view.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: label }) }).first();
      await row('Overdue (13)').waitFor({ timeout: 30000 });
      // The view shares the side bar with the files: they are folded away to give it room.
      const files = page.locator('.pane-header[aria-label="Explorer Section: troubled"][aria-expanded="true"]');
      if ((await files.count()) > 0) {
        await files.first().click();
      }
      // Items are sentences that name the person; the first overdue one is the oldest.
      await row(/^No touch with Oleg Sokolov for 30 days/).waitFor({ timeout: 15000 });
      // Collapsing the long overdue group brings the others into sight, in the order of urgency.
      await row('Overdue (13)').click();
      await row('Soon (2)').waitFor({ timeout: 15000 });
      const groups = await view.locator('.monaco-list-row[aria-level="1"] .label-name').allTextContents();
      assert.deepEqual(groups.map((g) => g.trim()), ['Overdue (13)', 'Today (1)', 'This week (2)', 'Soon (2)']);
      await row(/from Denis Kim needs an answer/).waitFor({ timeout: 15000 });
      // The call of 2026-11-25 with Alexey Fedorov, in loyalty.client (line 24): a click opens it there.
      const call = row(/^"Brief for the landing page" \(call, 25 Nov\) with Alexey Fedorov/);
      await call.waitFor({ timeout: 15000 });
      assert.match(await call.locator('.label-description').textContent(), /loyalty · Alexey Fedorov/);
      await call.click();
      await page.locator('.tab.active[data-resource-name="loyalty.client"]').waitFor({ timeout: 15000 });
      // The item's range is selected: the cursor is on its line.
      await page.locator('[id="status.editor.selection"]', { hasText: /^\s*Ln 24, Col \d+/ }).waitFor({ timeout: 15000 });
      await page.locator('.view-line', { hasText: 'Brief for the landing page' }).first().waitFor({ timeout: 15000 });
    });
    // Back to app.client, where the next steps start.
    await openFile('app.client');
  });

  it("shows the project's trust in the status bar", async () => {
    await step('trust', async () => {
      // touchbase/projectInfo for app.client: the project and its trust index (the item opened before
      // showed loyalty's until app.client is active again).
      const status = await waitForStatus((s) => /^app · trust/.test(s.text), 30000);
      assert.match(status.text, /^app · trust (\d+%|unknown)$/);
      assert.match(status.label, /Project: FreshCart mobile app \(app\)/);
    });
  });

  it('lists the expected findings in the Problems panel', async () => {
    await step('problems', async () => {
      await command('View: Focus Problems');
      await command('View: Maximize Panel Size').catch(async () => command('View: Toggle Maximized Panel'));
      const expected = ['app.client', 'loyalty.client']
        .flatMap((file) => expectedFor(file).map((key) => `${file} ${key}`))
        .filter((key) => !key.endsWith(' hint'))
        .sort();
      let actual = [];
      const deadline = Date.now() + 60000;
      while (Date.now() < deadline) {
        const found = await problems();
        actual = found.map((f) => `${f.file} ${keys([f])[0]}`).sort();
        assert.ok(found.every((f) => f.source === 'touchbase'), `findings from another source: ${JSON.stringify(found)}`);
        if (actual.length >= expected.length) {
          break;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      assert.deepEqual(actual, expected);
    });
    await command('View: Toggle Maximized Panel').catch(() => undefined);
  });

  it('inserts a meeting summary with a quick fix', async () => {
    await step('quick-fix', async () => {
      await openFile('app.client');
      // The meeting "Sprint demo" of 2026-11-05 has only an unfilled summary (line 98).
      await goTo(98, 10);
      // Not "Disable meeting-without-summary …", which is offered too.
      const action = page
        .locator('.action-widget .monaco-list-row, .context-view .action-item', { hasText: /Insert an? (final|interim) summary/ })
        .first();
      // The menu may come up empty while the server is still answering: ask again.
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+.');
        try {
          await action.waitFor({ timeout: 5000 });
          break;
        } catch (error) {
          if (attempt === 4) {
            throw error;
          }
          await page.keyboard.press('Escape');
          await page.waitForTimeout(1000);
          await goTo(98, 10);
        }
      }
      await action.click();
      // The template is a snippet: the cursor waits in the decision's quotes, Tab goes to the action's.
      // It comes back from the server: type only once its lines are in the editor.
      await page.locator('.view-line', { hasText: /owner\s+denis\s+due/ }).first().waitFor({ timeout: 15000 });
      await page.waitForTimeout(500);
      await page.keyboard.type('Demo accepted');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Send the release notes');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+S');
      await page.waitForFunction(() => !document.querySelector('.tab.active.dirty'), undefined, { timeout: 15000 });
      // The tab is clean a moment before the file is written on a loaded machine: wait for the file itself.
      const deadline = Date.now() + 15000;
      while (Date.now() < deadline && !readFileSync(join(workspace, 'app.client'), 'utf8').includes('Send the release notes')) {
        await page.waitForTimeout(250);
      }
    });
    const text = readFileSync(join(workspace, 'app.client'), 'utf8');
    const meeting = text.slice(text.indexOf('"Sprint demo"'), text.indexOf('expect banners'));
    assert.match(meeting, /summary (interim|final) \{/, `no summary was inserted:\n${meeting}`);
    assert.match(meeting, /\n {6}decision "Demo accepted"\n/, `the decision was not typed into the template:\n${meeting}`);
    assert.match(meeting, /\n {6}action (\S+ )?"Send the release notes" owner marina due /, meeting);
    assert.match(meeting, /next /);
  });

  it('shows a person card on hover', async () => {
    await step('hover', async () => {
      // Line 12: person oleg "Oleg Sokolov" { role "CEO and co-founder" ... }
      // Line 36: touch 2026-09-08 11:00 meeting with oleg, marina "Kick-off" — hover the reference.
      await goTo(36, 41);
      await command('Show or Focus Hover').catch(() => page.keyboard.press('Control+K Control+I'));
      const hover = page.locator('.monaco-hover, .monaco-resizable-hover').filter({ hasText: 'Oleg Sokolov' }).first();
      await hover.waitFor({ state: 'visible', timeout: 20000 });
      const text = await hover.textContent();
      assert.match(text, /CEO and co-founder/);
    });
  });

  it('shows the status report beside the editor', async () => {
    await step('report', async () => {
      await openFile('app.client');
      await command('Touchbase: Show status report');
      // The webview's document sits in nested frames.
      const deadline = Date.now() + 30000;
      let texts = [];
      while (Date.now() < deadline) {
        texts = await Promise.all(
          page.frames().map((frame) => frame.evaluate(() => document.body?.innerText ?? '').catch(() => '')),
        );
        if (texts.some((text) => text.includes('FreshCart mobile app'))) {
          return;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      const shown = texts.filter((t) => t.trim() !== '' && t.length < 2000);
      assert.fail(`no report of project app in any webview; the small frames show: ${JSON.stringify(shown)}`);
    });
    await command('View: Close All Editor Groups').catch(() => undefined);
  });

  it('inserts a meeting summary with the command', async () => {
    await step('insert-summary', async () => {
      await openFile('app.client');
      // The planned meeting "Beta review" (line 113 of the sample, 8 lines lower after the quick fix).
      const text = readFileSync(join(workspace, 'app.client'), 'utf8').split('\n');
      const line = text.findIndex((l) => l.includes('"Beta review"')) + 1;
      await goTo(line + 1, 5);
      await command('Touchbase: Insert meeting summary');
      const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'interim' }).first();
      await pick.waitFor({ timeout: 15000 });
      await pick.click();
      // The server applies the edit with workspace/applyEdit; VS Code may save it by itself
      // (files.refactoring.autoSave), else Ctrl+S does.
      await page.waitForTimeout(1000);
      await page.keyboard.press('Control+S');
      const deadline = Date.now() + 15000;
      while (Date.now() < deadline && !/"Beta review"[^]*summary interim/.test(readFileSync(join(workspace, 'app.client'), 'utf8'))) {
        await page.waitForTimeout(250);
      }
    });
    const saved = readFileSync(join(workspace, 'app.client'), 'utf8');
    const meeting = saved.slice(saved.indexOf('"Beta review"'));
    assert.match(meeting, /summary interim \{/, `no interim summary in the meeting:\n${meeting}`);
  });

  it('passes a changed setting to the running server', async () => {
    await step('setting', async () => {
      const settings = JSON.parse(readFileSync(userSettings, 'utf8'));
      const before = (await problems()).filter((f) => f.rule === 'touch-gap').length;
      assert.ok(before > 0, 'touch-gap findings are expected before the change');
      await editUserSettings({ ...settings, 'touchbase.rules': { 'touch-gap': 'off' } });
      await command('View: Focus Problems');
      await page.waitForFunction(
        () => ![...document.querySelectorAll('.markers-panel .marker-code')].some((c) => c.textContent.trim() === 'touch-gap'),
        undefined,
        { timeout: 30000 },
      );
      // Without a restart: the trace in the Touchbase output shows one `initialize` only.
      assert.equal(countInOutputLog("Sending request 'initialize"), 1, 'the server was restarted');
      assert.ok(countInOutputLog("Sending notification 'workspace/didChangeConfiguration'") >= 2);
      await editUserSettings(settings);
    });
  });

  it('opens completion by itself after `with `, with the people alone', async () => {
    await step('completion', async () => {
      await command('View: Close All Editor Groups').catch(() => undefined);
      await openFile('app.client');
      const lines = readFileSync(join(workspace, 'app.client'), 'utf8').split('\n');
      const last = lines.findLastIndex((l) => l.trim() === '}') + 1;
      await goTo(last, 1);
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.type('  touch 2026-11-25 10:00 call with ', { delay: 20 });
      const widget = page.locator('.suggest-widget .monaco-list-row');
      await widget.first().waitFor({ state: 'visible', timeout: 15000 });
      const offered = (await widget.locator('.label-name').allTextContents()).map((t) => t.trim()).sort();
      assert.deepEqual(offered, ['denis', 'marina', 'oleg']);
      await page.keyboard.press('Escape');
      // Back to the file as saved, for the steps after this one.
      await command('File: Revert File');
    });
  });

  it('imports a calendar file with the command, into the project of the person invited', async () => {
    // Last but the screenshot: the imported touch adds a file to the workspace.
    const ics = join(WORK, `import-${Date.now()}.ics`);
    writeFileSync(
      ics,
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Touchbase e2e//EN',
        'BEGIN:VEVENT',
        'UID:gateway-check@pixel.example',
        'DTSTAMP:20261101T000000Z',
        'DTSTART:20261126T100000Z',
        'SUMMARY:Payment gateway check',
        'ATTENDEE:mailto:marina@freshcart.example',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    await step('import', async () => {
      await command('View: Close All Editor Groups').catch(() => undefined);
      await openFile('app.client');
      await command('Touchbase: Import mail or calendar files…');
      // code-server's own file dialog: a path in the quick input.
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 15000 });
      // It fills in the workspace folder and lists it first: the path is typed over it after that.
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'loyalty.client' }).first().waitFor({ timeout: 15000 });
      await input.fill(ics);
      await page.waitForFunction((path) => document.querySelector('.quick-input-widget input')?.value === path, ics, { timeout: 15000 });
      await page.locator('.quick-input-list .monaco-list-row', { hasText: /import-\d+\.ics/ }).first().waitFor({ timeout: 15000 });
      await page.keyboard.press('Enter');
      // The file the server wrote opens, and a notification says what was added.
      await page.locator('.tab.active[data-resource-name="app-2026-11.client"]').waitFor({ timeout: 60000 });
      await page.locator('.notification-toast', { hasText: 'Touchbase: Added 1 touch to' }).first().waitFor({ timeout: 30000 });
    });
    const log = readFileSync(join(workspace, 'app-2026-11.client'), 'utf8');
    // 10:00 UTC, in the zone of the machine's code-server (the server's default without `timezone`).
    assert.match(log, /^log app \{\n {2}touch \S+ 2026-11-2[67] \d\d:\d\d meeting with marina "Payment gateway check"\n\}/, log);
  });

  it('leaves an overview screenshot', async () => {
    await step('overview', async () => {
      await command('View: Close All Editor Groups').catch(() => undefined);
      await openFile('app.client');
      await goTo(36, 41);
      await command('View: Focus Problems');
      await goTo(36, 41);
      await command('Show or Focus Hover');
      await page.locator('.monaco-hover, .monaco-resizable-hover').filter({ hasText: 'Oleg Sokolov' }).first().waitFor({ timeout: 20000 });
      await page.waitForTimeout(1000); // the hover fades in
    });
  });
});

describe('VS Code without Java 17', () => {
  before(async () => {
    // The only java to be found says it is Java 11: touchbase.java.home and JAVA_HOME point at it,
    // and it is the first java on the PATH. The server takes the extension host's PATH from a login
    // shell, so the PATH is set in that shell's profile, in a home of its own.
    const fake = join(WORK, `java11-${Date.now()}`);
    const home = join(fake, 'home');
    mkdirSync(join(fake, 'bin'), { recursive: true });
    mkdirSync(home, { recursive: true });
    writeFileSync(join(fake, 'bin', 'java'), '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n', { mode: 0o755 });
    writeFileSync(join(home, '.bash_profile'), `export PATH='${join(fake, 'bin')}':"$PATH"\n`);
    await launch('nojava', {
      extraEnv: { HOME: home, SHELL: '/bin/bash', JAVA_HOME: fake, PATH: `${join(fake, 'bin')}:${process.env.PATH}` },
      extraSettings: { 'touchbase.java.home': fake },
    });
  });
  after(shutdown);

  it('says once what to install, with a button that opens the setting', async () => {
    await step('no-java', async () => {
      await openFile('app.client');
      const toast = page.locator('.notification-toast', { hasText: 'needs Java 17 or newer' });
      await toast.first().waitFor({ timeout: 60000 });
      await page.waitForTimeout(2000);
      assert.equal(await toast.count(), 1, 'one notification, not several');
      assert.match(await toast.first().textContent(), /Install a JDK or JRE 17\+/);
      await waitForStatus((status) => /stopped/.test(status.label), 10000);
      await toast.first().locator('a.monaco-button, .monaco-button', { hasText: 'Open Setting' }).first().click();
      await page.locator('.settings-editor').waitFor({ timeout: 15000 });
      await page.locator('.settings-editor .setting-item', { hasText: 'Java: Home' }).first().waitFor({ timeout: 15000 });
    });
  });
});

