/* global requestAnimationFrame -- runs in the page, through page.evaluate */
// End to end in Eclipse Theia: the minimal browser application of
// test/e2e/theia/ (built into .e2e-tools/theia by scripts/e2e-tools.sh, run on
// Node 24) with the packaged .vsix unzipped as a plugin, driven through
// Debian's Chromium by playwright-core. Opens the troubled sample and checks
// what a user sees: the Agenda view and its count in the status bar, the
// Problems view, a hover, completion, the quick fix, the report webview and
// both commands from the command palette.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { expectedFor, keys, TODAY } from './expected.mjs';
import {
  CHROMIUM,
  EXTENSION,
  freePort,
  NODE24,
  SCREENSHOTS,
  startGroup,
  stopGroup,
  THEIA,
  troubledWorkspace,
  WORK,
} from './support.mjs';

const { version } = JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8'));
const VSIX = join(EXTENSION, `touchbase-${version}.vsix`);

let theia;
let browser;
let page;
let workspace;
let shot = 0;

async function screenshot(name) {
  if (!page) {
    return undefined;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `theia-${String(++shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Runs a step and leaves a screenshot behind, named for the step, whatever happens. */
async function step(name, body) {
  try {
    return await body();
  } catch (error) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, `theia-${name}-failed.html`), await page.content().catch(() => ''));
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
    if (theia.exitCode !== null) {
      throw new Error(`Theia exited (${theia.exitCode}):\n${theia.output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Theia did not answer ${url} within ${timeoutMs} ms (${last}):\n${theia.output}`);
}

/** The rows of the open quick input (command palette, quick open), as text. */
async function quickInputRows() {
  return page.locator('.quick-input-list .monaco-list-row').allTextContents();
}

/** Runs a command from the command palette (F1) by its title. */
async function command(title) {
  await focusEditor().catch(() => undefined);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  try {
    await row.waitFor({ state: 'visible', timeout: 15000 });
  } catch (error) {
    throw new Error(`"${title}" is not in the command palette, which lists ${JSON.stringify(await quickInputRows())}`, { cause: error });
  }
  await row.click();
  // The palette closes, or the command asks something in the same widget.
  await page.waitForFunction(
    (typed) => {
      const box = document.querySelector('.quick-input-widget');
      const field = box?.querySelector('input');
      return !box || box.style.display === 'none' || !field || field.value !== typed;
    },
    `>${title}`,
    { timeout: 15000 },
  );
}

async function focusEditor() {
  await page.locator('.theia-editor .monaco-editor textarea').first().focus({ timeout: 2000 });
}

async function openFile(name) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    try {
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15000 });
      await page.keyboard.press('Enter');
      await page.locator('.p-TabBar-tab.p-mod-current .p-TabBar-tabLabel, .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel', { hasText: name }).first().waitFor({ timeout: 5000 });
      break;
    } catch (error) {
      if (attempt === 3) {
        throw error;
      }
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
  await page.locator('.theia-editor .monaco-editor .view-lines').first().waitFor();
  await focusEditor();
}

/** Puts the cursor at a 1-based line and column with "Go to Line/Column". */
async function goTo(line, column) {
  await focusEditor();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/**
 * Findings in the Problems view, as { file, line, rule, severity, source }. The view renders only
 * the rows in sight: it is scrolled from top to bottom, and the rows are collected by their index.
 */
async function problems() {
  return page.evaluate(async () => {
    const scroller = document.querySelector('.theia-marker-container [data-virtuoso-scroller]');
    if (!scroller) {
      return [];
    }
    const rows = new Map();
    const collect = () => {
      for (const item of scroller.querySelectorAll('[data-item-index]')) {
        rows.set(Number(item.dataset.itemIndex), item.cloneNode(true));
      }
    };
    scroller.scrollTop = 0;
    for (;;) {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      collect();
      const before = scroller.scrollTop;
      scroller.scrollTop += Math.max(40, scroller.clientHeight - 40);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      if (scroller.scrollTop === before) {
        collect();
        break;
      }
    }
    scroller.scrollTop = 0;
    const found = [];
    let file = '';
    for (const [, item] of [...rows].sort((a, b) => a[0] - b[0])) {
      const marker = item.querySelector('.markerNode');
      if (!marker) {
        file = item.querySelector('.markerFileNode .name')?.textContent.trim() ?? file;
        continue;
      }
      const position = /Ln (\d+), Col (\d+)/.exec(marker.querySelector('.position')?.textContent ?? '');
      const icon = (marker.querySelector('i.codicon')?.className ?? '').split(' ');
      const owner = /^(.*)\(([^)]*)\)$/.exec(marker.querySelector('.owner')?.textContent.trim() ?? '');
      found.push({
        file,
        line: position ? Number(position[1]) : 0,
        rule: owner ? owner[2] : '?',
        severity: icon.includes('error') ? 'error' : icon.includes('warning') ? 'warning' : icon.includes('information') ? 'info' : 'hint',
        source: owner ? owner[1] : '',
      });
    }
    return found;
  });
}

/** The text of every frame on the page: webviews sit in nested frames. */
async function frameTexts() {
  return Promise.all(page.frames().map((frame) => frame.evaluate(() => document.body?.innerText ?? '').catch(() => '')));
}

/** Starts the Theia application on a throwaway workspace and opens it in headless Chromium. */
async function launch(name) {
  const base = join(WORK, `${name}-${Date.now()}`);
  const config = join(base, 'theia-config');
  const plugins = join(base, 'plugins');
  // A bare .vsix in a local-dir plugin folder is skipped: the plugin is its unzipped folder.
  mkdirSync(join(plugins, 'touchbase'), { recursive: true });
  execFileSync('unzip', ['-q', VSIX, '-d', join(plugins, 'touchbase')]);
  mkdirSync(config, { recursive: true });
  writeFileSync(
    join(config, 'settings.json'),
    JSON.stringify(
      {
        'touchbase.today': TODAY,
        'touchbase.trace.server': 'messages',
        'editor.hover.delay': 200,
        'editor.minimap.enabled': false,
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
      },
      null,
      2,
    ),
  );
  workspace = troubledWorkspace(name);
  const port = await freePort();
  theia = startGroup(
    NODE24,
    [join(THEIA, 'lib', 'backend', 'main.js'), workspace, '--hostname', 'localhost', '--port', String(port), `--plugins=local-dir:${plugins}`],
    { cwd: THEIA, env: { ...process.env, THEIA_CONFIG_DIR: config } },
  );
  // Webviews are served from <uuid>.webview.localhost: the application is opened at localhost, not 127.0.0.1.
  const url = `http://localhost:${port}`;
  await waitForHttp(url, 60000);

  // Theia serves each webview from <uuid>.webview.localhost, and the webview
  // needs its cookies there: third-party cookies, which Chromium blocks in the
  // incognito-like contexts of chromium.launch(). A profile of its own allows them.
  const profile = join(base, 'chromium-profile');
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${url}/#${workspace}`);
  await page.locator('.theia-ApplicationShell').waitFor({ timeout: 90000 });
  await page.locator('#theia-statusBar').waitFor({ timeout: 90000 });
  // The preload screen goes once the shell is laid out.
  await page.locator('.theia-preload').waitFor({ state: 'detached', timeout: 90000 }).catch(() => undefined);
}

async function shutdown() {
  await browser?.close().catch(() => undefined);
  browser = undefined;
  page = undefined;
  await stopGroup(theia);
  theia = undefined;
}

describe('Eclipse Theia with the Touchbase extension as a plugin', () => {
  before(() => launch('theia'));

  after(shutdown);

  it('shows the agenda in the status bar and the Agenda view, and a click opens the item in its file', async () => {
    await step('agenda', async () => {
      await openFile('app.client');
      // At 2026-11-20 the troubled sample has 13 overdue items, 1 today, 2 this week and 2 soon.
      const count = page.locator('[id="status-bar-touchbase.agendaStatus"]');
      await count.filter({ hasText: '13 overdue · 1 today' }).waitFor({ timeout: 90000 });
      // On the first start of a workspace Theia leaves a plugin's tree view empty when the plugin
      // registers it while the workbench is still being laid out (eclipse-theia/theia#7738): a
      // reload of the page, as a user would do, shows it.
      await page.reload();
      await page.locator('.theia-ApplicationShell').waitFor({ timeout: 90000 });
      await page.locator('.theia-preload').waitFor({ state: 'detached', timeout: 90000 }).catch(() => undefined);
      await count.filter({ hasText: '13 overdue · 1 today' }).waitFor({ timeout: 90000 });
      // The count is a click away from the view.
      await count.click();
      const view = page.locator('[id="explorer-view-container--plugin-view:touchbase.agenda"]');
      const node = (label) => view.locator('.theia-TreeNodeSegmentGrow', { hasText: label }).first();
      await node('Overdue (13)').waitFor({ timeout: 60000 });
      // Items are sentences that name the person; the first overdue one is the oldest.
      await node(/^No touch with Oleg Sokolov for 30 days/).waitFor({ timeout: 15000 });
      // The view shares the side bar with the files: they are folded away to give it room.
      const files = page.locator('#explorer-view-container--files .theia-view-container-part-header');
      if ((await files.locator('.codicon-chevron-down').count()) > 0) {
        await files.click();
      }
      // Collapsing the long overdue group brings the others into sight, in the order of urgency.
      await view.locator('.theia-CompositeTreeNode', { hasText: 'Overdue (13)' }).locator('.theia-ExpansionToggle').click();
      await node('Soon (2)').waitFor({ timeout: 15000 });
      const groups = await view.locator('.theia-CompositeTreeNode .theia-TreeNodeSegmentGrow').allTextContents();
      assert.deepEqual(groups.map((g) => g.trim()), ['Overdue (13)', 'Today (1)', 'This week (2)', 'Soon (2)']);
      await node(/from Denis Kim needs an answer/).waitFor({ timeout: 15000 });
      // The call of 2026-11-25 with Alexey Fedorov, in loyalty.client (line 24): a click opens it there.
      const call = node(/^"Brief for the landing page" \(call, 25 Nov\) with Alexey Fedorov/);
      await call.waitFor({ timeout: 15000 });
      assert.match(await call.locator('.theia-tree-view-description').textContent(), /loyalty · Alexey Fedorov/);
      await call.click();
      await page.locator('.lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel', { hasText: 'loyalty.client' }).first()
        .waitFor({ timeout: 15000 });
      // The item's range is selected: the cursor is on its line.
      await page.locator('#theia-statusBar .element', { hasText: /Ln 24, Col \d+/ }).first().waitFor({ timeout: 15000 });
      await page.locator('.theia-editor .view-line', { hasText: 'Brief for the landing page' }).first().waitFor({ timeout: 15000 });
    });
    // Back to app.client, where the next steps start: its tab, as Quick Open may still offer the last file first.
    await page.locator('.lm-TabBar-tab', { hasText: 'app.client' }).first().click();
    await page.locator('.lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel', { hasText: 'app.client' }).first()
      .waitFor({ timeout: 15000 });
  });

  it('lists the expected findings in the Problems view', async () => {
    await step('problems', async () => {
      await openFile('app.client');
      await command('View: Toggle Problems');
      await page.locator('.theia-marker-container').first().waitFor({ timeout: 15000 });
      const expected = ['app.client', 'loyalty.client']
        .flatMap((file) => expectedFor(file).map((key) => `${file} ${key}`))
        .sort();
      let actual = [];
      let found = [];
      const deadline = Date.now() + 90000;
      while (Date.now() < deadline) {
        found = await problems();
        // Theia lists hints too.
        actual = found.map((f) => `${f.file} ${keys([f])[0]}`).sort();
        if (actual.length >= expected.length) {
          break;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      assert.ok(found.every((f) => f.source === 'touchbase'), `findings from another source: ${JSON.stringify(found)}`);
      assert.deepEqual(actual, expected);
    });
  });

  it('shows a person card on hover', async () => {
    await step('hover', async () => {
      await openFile('app.client');
      // Line 36: touch 2026-09-08 11:00 meeting with oleg, marina "Kick-off" — hover the reference.
      await goTo(36, 41);
      await command('Show or Focus Hover');
      const hover = page.locator('.monaco-hover').filter({ hasText: 'Oleg Sokolov' }).first();
      await hover.waitFor({ state: 'visible', timeout: 20000 });
      assert.match(await hover.textContent(), /CEO and co-founder/);
      await page.keyboard.press('Escape');
    });
  });

  it('inserts a meeting summary with a quick fix', async () => {
    await step('quick-fix', async () => {
      await openFile('app.client');
      // The meeting "Sprint demo" of 2026-11-05 has only an unfilled summary (line 98).
      await goTo(98, 10);
      const wanted = /Insert an? (final|interim) summary/;
      const action = page.locator('.action-widget .monaco-list-row', { hasText: wanted }).first();
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
      // A pointer block lies over the menu in Theia: the row is chosen with the keyboard.
      for (let moves = 0; moves < 10 && !(await action.evaluate((row) => row.classList.contains('focused'))); moves++) {
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      // The template is a snippet: the cursor waits in the decision's quotes, Tab goes to the action's.
      await page.waitForTimeout(1000);
      await page.keyboard.type('Demo accepted');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Send the release notes');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+S');
      const deadline = Date.now() + 15000;
      while (Date.now() < deadline && !/"Sprint demo"[^]*summary (interim|final) \{[^]*Send the release notes[^]*expect banners/.test(readFileSync(join(workspace, 'app.client'), 'utf8'))) {
        await page.waitForTimeout(250);
      }
    });
    const text = readFileSync(join(workspace, 'app.client'), 'utf8');
    const meeting = text.slice(text.indexOf('"Sprint demo"'), text.indexOf('expect banners'));
    assert.match(meeting, /summary (interim|final) \{/, `no summary was inserted:\n${meeting}`);
    assert.match(meeting, /\n {6}decision "Demo accepted"\n/, `the decision was not typed into the template:\n${meeting}`);
    assert.match(meeting, /\n {6}action (\S+ )?"Send the release notes" owner marina due \d{4}-\d{2}-\d{2}\n/, meeting);
    assert.match(meeting, /next /);
  });

  it('inserts a meeting summary from the command palette', async () => {
    await step('insert-summary', async () => {
      await openFile('app.client');
      // The planned meeting "Beta review", the last touch of the file.
      const lines = readFileSync(join(workspace, 'app.client'), 'utf8').split('\n');
      const line = lines.findIndex((l) => l.includes('"Beta review"')) + 1;
      await goTo(line + 1, 5);
      await command('Touchbase: Insert meeting summary');
      const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'interim' }).first();
      await pick.waitFor({ timeout: 15000 });
      await pick.click();
      // The template is a snippet here too: the cursor waits in the decision's quotes.
      await page.waitForTimeout(1000);
      await page.keyboard.type('Numbers reviewed');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+S');
      const deadline = Date.now() + 15000;
      while (Date.now() < deadline && !/"Beta review"[^]*summary interim[^]*Numbers reviewed/.test(readFileSync(join(workspace, 'app.client'), 'utf8'))) {
        await page.waitForTimeout(250);
      }
    });
    const saved = readFileSync(join(workspace, 'app.client'), 'utf8');
    assert.match(saved.slice(saved.indexOf('"Beta review"')), /summary interim \{\n {6}decision "Numbers reviewed"\n/,
      `no interim summary with the typed decision in the meeting:\n${saved.slice(saved.indexOf('"Beta review"'))}`);
  });

  it('shows the status report from the command palette, in a webview', async () => {
    await step('report', async () => {
      await openFile('app.client');
      await command('Touchbase: Show status report');
      const deadline = Date.now() + 30000;
      let texts = [];
      while (Date.now() < deadline) {
        texts = await frameTexts();
        if (texts.some((text) => text.includes('FreshCart mobile app') && /trust/i.test(text))) {
          return;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      const shown = texts.filter((t) => t.trim() !== '' && t.length < 2000);
      assert.fail(`no report of project app in any webview; the small frames show: ${JSON.stringify(shown)}`);
    });
  });

  it('leaves an overview screenshot', async () => {
    await step('overview', async () => {
      // The report shows the workspace's paths: it is closed first.
      const report = page.locator('.lm-TabBar-tab', { hasText: 'Report' });
      if ((await report.count()) > 0) {
        await report.first().locator('.lm-TabBar-tabCloseIcon').click();
        await report.first().waitFor({ state: 'detached', timeout: 10000 });
      }
      await openFile('app.client');
      await goTo(36, 41);
      await command('Show or Focus Hover');
      await page.locator('.monaco-hover').filter({ hasText: 'Oleg Sokolov' }).first().waitFor({ timeout: 20000 });
      await page.waitForTimeout(1000); // the hover fades in
    });
  });

  it('opens completion by itself after `with `, with the people alone', async () => {
    await step('completion', async () => {
      await openFile('app.client');
      const lines = readFileSync(join(workspace, 'app.client'), 'utf8').split('\n');
      // The line of the project's closing brace: a new touch goes above it.
      const last = lines.findLastIndex((l) => l.trim() === '}') + 1;
      await goTo(last, 1);
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.type('  touch 2026-11-25 10:00 call with ', { delay: 20 });
      // The space after `with` opens the list by itself (a trigger character), with the people alone.
      const widget = page.locator('.suggest-widget .monaco-list-row');
      await widget.first().waitFor({ state: 'visible', timeout: 15000 });
      const offered = (await widget.locator('.label-name').allTextContents()).map((t) => t.trim()).sort();
      assert.deepEqual(offered, ['denis', 'marina', 'oleg']);
      await page.keyboard.press('Escape');
    });
  });
});
