import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { importArguments, importFilters, importNotice, parseImportResult, SERVER_COMMAND_IMPORT } from './import';
import { AgendaView } from './agenda';
import { findJava, noJavaMessage } from './java';
import * as l10n from './l10n';
import { archiveStamp, jvmOptions } from './jvm';
import { openPosition, ReportPanel } from './report';
import { OPEN_POSITION_COMMAND } from './report-html';
import { openSettingCommand, serverCommand, toJvmArgs, toServerSettings } from './settings';
import { parseProjectInfo, ProjectInfo, ServerState, statusView } from './status';

const LANGUAGE_ID = 'touchbase';
const SECTION = 'touchbase';

/** Server-side commands (`workspace/executeCommand`). */
export const SERVER_COMMAND_REPORT = 'touchbase.report';
export const SERVER_COMMAND_INSERT_SUMMARY = 'touchbase.insertSummary';
/**
 * Client-side command that inserts a template with tab stops:
 * `[uri, {line, character}, snippet]`. The server sends it, in code actions and as
 * the answer of `touchbase.insertSummary`, to a client that announces the experimental
 * capability `{touchbase: {insertSnippet: true}}`, as this extension does.
 */
export const CLIENT_COMMAND_INSERT_SNIPPET = 'touchbase.insertSnippet';
/** Custom request: the project of a file, its trust and its counts of findings. */
export const PROJECT_INFO_REQUEST = 'touchbase/projectInfo';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;
let serverState: ServerState = 'stopped';
let projectInfo: ProjectInfo | undefined;
let projectInfoSupported = true;
let statusTimer: NodeJS.Timeout | undefined;
let report: ReportPanel;
let agenda: AgendaView;
let extensionContext: vscode.ExtensionContext;
let warnedSettings = '';
let watchers: vscode.FileSystemWatcher[] = [];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionContext = context;
  // The modules without the vscode API speak the user's language too.
  l10n.configure(vscode.l10n.bundle);
  output = vscode.window.createOutputChannel('Touchbase');
  statusItem = vscode.window.createStatusBarItem('touchbase.status', vscode.StatusBarAlignment.Left, 10);
  statusItem.name = 'Touchbase';
  report = new ReportPanel(requestReport);
  agenda = new AgendaView(
    () => {
      const running = client;
      return running && serverState === 'ready' ? (method, params) => running.sendRequest(method, params) : undefined;
    },
    (line) => output.appendLine(line),
  );
  void vscode.commands.executeCommand('setContext', 'touchbase.active', true);
  // Created once: the server hears of .client and touchbase.json files that change on disk.
  watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.client'),
    vscode.workspace.createFileSystemWatcher('**/touchbase.json'),
  ];
  context.subscriptions.push(output, statusItem, report, agenda, ...watchers);

  context.subscriptions.push(
    vscode.commands.registerCommand('touchbase.showReport', showReport),
    vscode.commands.registerCommand(OPEN_POSITION_COMMAND, openPosition),
    vscode.commands.registerCommand('touchbase.insertMeetingSummary', insertMeetingSummary),
    vscode.commands.registerCommand('touchbase.restartServer', restartServer),
    vscode.commands.registerCommand('touchbase.showOutput', () => output.show(true)),
    vscode.commands.registerCommand(CLIENT_COMMAND_INSERT_SNIPPET, insertSnippet),
    vscode.commands.registerCommand('touchbase.importFiles', importFiles),
    vscode.commands.registerCommand('touchbase.refreshAgenda', () => agenda.refresh()),
    vscode.window.onDidChangeActiveTextEditor(() => scheduleStatusUpdate(0)),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor.document.languageId === LANGUAGE_ID) {
        scheduleStatusUpdate(300);
      }
    }),
    vscode.languages.onDidChangeDiagnostics(() => {
      scheduleStatusUpdate(300);
      agenda.schedule(500);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.languageId === LANGUAGE_ID) {
        void report.refresh();
        scheduleStatusUpdate(0);
      }
    }),
    vscode.workspace.onDidChangeConfiguration(onConfigurationChanged),
  );

  warnAboutSettings();
  setServerState('stopped');
  await startServer();
}

export async function deactivate(): Promise<void> {
  if (statusTimer) {
    clearTimeout(statusTimer);
  }
  const running = client;
  client = undefined;
  if (running) {
    await running.dispose();
  }
}

function configuration(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION);
}

function serverSettings() {
  const config = configuration();
  return toServerSettings({
    today: config.get('today'),
    locale: config.get('locale'),
    rules: config.get('rules'),
    respondWithin: config.get('respondWithin'),
    cadence: config.get('cadence'),
    remindEvery: config.get('remindEvery'),
    confirmWithin: config.get('confirmWithin'),
    workweek: config.get('workweek'),
    holidays: config.get('holidays'),
  });
}

/** Tells the user once about each new set of ignored values. */
function warnAboutSettings(): void {
  const { problems } = serverSettings();
  const key = problems.join('\n');
  if (key !== '' && key !== warnedSettings) {
    for (const problem of problems) {
      output.appendLine(`[settings] ${problem}`);
    }
    void vscode.window.showWarningMessage(problems.join(' '));
  }
  warnedSettings = key;
}

async function startServer(): Promise<void> {
  setServerState('starting');
  const jar = extensionContext.asAbsolutePath('server/touchbase.jar');
  if (!fs.existsSync(jar)) {
    output.appendLine(`The server jar is missing: ${jar}`);
    setServerState('stopped');
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The Touchbase extension is missing its language server (server/touchbase.jar). Reinstall the extension.'),
    );
    return;
  }

  const config = configuration();
  const search = await findJava({ settingHome: config.get<string>('java.home'), env: process.env });
  for (const probe of search.probes) {
    output.appendLine(
      `[java] ${probe.origin}: ${probe.executable}${probe.version ? ` (Java ${probe.version})` : ''}${probe.problem ? ` ${probe.problem}` : ''}`,
    );
  }
  if (!search.found) {
    setServerState('stopped');
    const openSetting = vscode.l10n.t('Open Setting');
    const choice = await vscode.window.showErrorMessage(noJavaMessage(search), openSetting);
    if (choice === openSetting) {
      const open = openSettingCommand(vscode.env.remoteName, 'touchbase.java.home');
      await vscode.commands.executeCommand(open.command, ...open.args);
    }
    return;
  }

  const jvmArgs = jvmOptions({
    userArgs: toJvmArgs(config.get('server.jvmArgs')),
    javaVersion: search.found.version,
    archiveDir: archiveFolder(),
    extensionVersion: String(extensionContext.extension.packageJSON.version ?? ''),
    stamp: jarStamp(search.found.executable, jar),
    exists: fs.existsSync,
  });
  const { command, args } = serverCommand(search.found.executable, jar, jvmArgs);
  output.appendLine(`[server] ${command} ${args.join(' ')}`);
  // No `transport` on purpose: with TransportKind.stdio the client would add
  // `--stdio` to the command line, and `touchbase lsp` speaks stdio anyway.
  const serverOptions: ServerOptions = { command, args };
  let failureShown = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: {
      configurationSection: SECTION,
      fileEvents: watchers,
    },
    initializationOptions: () => serverSettings().settings,
    middleware: {
      workspace: {
        // The checked settings, as in initializationOptions, not the raw section: the
        // server refuses a whole change for one value it cannot read.
        didChangeConfiguration: () =>
          created.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { [SECTION]: serverSettings().settings },
          }),
      },
    },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationFailedHandler: (error) => {
      output.appendLine(`[server] initialization failed: ${String(error)}`);
      if (failureShown) {
        return false;
      }
      failureShown = true;
      void vscode.window
        .showErrorMessage(vscode.l10n.t('The Touchbase language server failed to start. See its output.'), vscode.l10n.t('Show Output'))
        .then((choice) => {
          if (choice) {
            output.show(true);
          }
        });
      return false;
    },
  };

  const created = new LanguageClient('touchbase', 'Touchbase', serverOptions, clientOptions);
  // Templates (the meeting summary) come as snippets that this extension inserts, with tab stops.
  created.registerFeature({
    fillClientCapabilities(capabilities) {
      capabilities.experimental = { ...(capabilities.experimental ?? {}), touchbase: { insertSnippet: true } };
    },
    initialize() {},
    getState() {
      return { kind: 'static' };
    },
    clear() {},
  });
  client = created;
  created.onDidChangeState((event) => {
    if (client !== created) {
      return;
    }
    setServerState(event.newState === State.Running ? 'ready' : event.newState === State.Starting ? 'starting' : 'stopped');
  });
  try {
    await created.start();
    setServerState('ready');
  } catch (error) {
    output.appendLine(`[server] could not start: ${error instanceof Error ? error.message : String(error)}`);
    setServerState('stopped');
  }
}

/** The archive name's tag for this java and this jar (none when the jar cannot be read). */
function jarStamp(java: string, jar: string): string | undefined {
  try {
    const stat = fs.statSync(jar);
    return archiveStamp(java, stat.size, stat.mtimeMs);
  } catch {
    return undefined;
  }
}

/** The folder of the class-data sharing archives (the extension's global storage), or undefined when it cannot be made. */
function archiveFolder(): string | undefined {
  const folder = extensionContext.globalStorageUri.fsPath;
  try {
    fs.mkdirSync(folder, { recursive: true });
    return folder;
  } catch (error) {
    output.appendLine(`[server] no class-data sharing archive: cannot create ${folder} (${String(error)})`);
    return undefined;
  }
}

async function restartServer(): Promise<void> {
  const running = client;
  client = undefined;
  projectInfoSupported = true;
  agenda.reset();
  if (running) {
    setServerState('stopped');
    try {
      await running.dispose();
    } catch (error) {
      output.appendLine(`[server] stopping: ${String(error)}`);
    }
  }
  await startServer();
  void report.refresh();
}

function onConfigurationChanged(event: vscode.ConfigurationChangeEvent): void {
  if (!event.affectsConfiguration(SECTION)) {
    return;
  }
  // today, locale, rules, respondWithin, cadence, remindEvery, confirmWithin, workweek and holidays reach the running
  // server through synchronize.configurationSection (checked, see the
  // middleware); what starts the JVM needs a restart.
  if (event.affectsConfiguration('touchbase.java.home') || event.affectsConfiguration('touchbase.server.jvmArgs')) {
    const restart = vscode.l10n.t('Restart');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Restart the Touchbase server to use the new Java settings?'), restart)
      .then((choice) => {
        if (choice === restart) {
          void restartServer();
        }
      });
  }
  if (
    event.affectsConfiguration('touchbase.today') ||
    event.affectsConfiguration('touchbase.locale') ||
    event.affectsConfiguration('touchbase.rules') ||
    event.affectsConfiguration('touchbase.respondWithin') ||
    event.affectsConfiguration('touchbase.cadence') ||
    event.affectsConfiguration('touchbase.remindEvery') ||
    event.affectsConfiguration('touchbase.confirmWithin') ||
    event.affectsConfiguration('touchbase.workweek') ||
    event.affectsConfiguration('touchbase.holidays')
  ) {
    warnAboutSettings();
    scheduleStatusUpdate(500);
    agenda.schedule(500);
    setTimeout(() => void report.refresh(), 500);
  }
}

function setServerState(state: ServerState): void {
  serverState = state;
  if (state !== 'ready') {
    projectInfo = undefined;
  }
  renderStatus();
  if (state === 'ready') {
    scheduleStatusUpdate(0);
    agenda.schedule(0);
  }
}

function activeTouchbaseEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.languageId === LANGUAGE_ID ? editor : undefined;
}

function renderStatus(): void {
  const editor = activeTouchbaseEditor();
  if (!editor) {
    statusItem.hide();
    return;
  }
  const view = statusView(serverState, projectInfo);
  statusItem.text = view.text;
  statusItem.tooltip = view.tooltip;
  statusItem.command =
    serverState === 'ready' && projectInfo ? 'touchbase.showReport' : serverState === 'stopped' ? 'touchbase.showOutput' : undefined;
  statusItem.show();
}

function scheduleStatusUpdate(delayMs: number): void {
  if (statusTimer) {
    clearTimeout(statusTimer);
  }
  statusTimer = setTimeout(() => {
    statusTimer = undefined;
    void updateProjectInfo();
  }, delayMs);
}

async function updateProjectInfo(): Promise<void> {
  const editor = activeTouchbaseEditor();
  const running = client;
  if (!editor || !running || serverState !== 'ready' || !projectInfoSupported) {
    renderStatus();
    return;
  }
  try {
    const result = await running.sendRequest(PROJECT_INFO_REQUEST, { uri: editor.document.uri.toString() });
    if (vscode.window.activeTextEditor?.document !== editor.document) {
      return;
    }
    projectInfo = parseProjectInfo(result);
  } catch (error) {
    projectInfo = undefined;
    const code = (error as { code?: number }).code;
    if (code === -32601) {
      // MethodNotFound: an older server; show the server state only.
      projectInfoSupported = false;
      output.appendLine(`[status] the server does not answer ${PROJECT_INFO_REQUEST}; the status shows the server state only`);
    }
  }
  renderStatus();
}

async function executeServerCommand(command: string, args: unknown[]): Promise<unknown> {
  const running = client;
  if (!running || serverState !== 'ready') {
    throw new Error(vscode.l10n.t('The Touchbase server is not running. Run "Touchbase: Restart server" or see "Touchbase: Show output".'));
  }
  return running.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
}

async function requestReport(uri: vscode.Uri): Promise<string | undefined> {
  const html = await executeServerCommand(SERVER_COMMAND_REPORT, [uri.toString()]);
  return typeof html === 'string' && html.trim() !== '' ? html : undefined;
}

async function showReport(): Promise<void> {
  const editor = activeTouchbaseEditor();
  const uri = editor?.document.uri ?? report.uri;
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a .client file to see the status report of its project.'));
    return;
  }
  await report.show(uri);
}

/** Picks mail and calendar files, imports them through the server, shows the summary and opens what changed. */
async function importFiles(): Promise<void> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: true,
    canSelectFolders: true,
    canSelectMany: true,
    filters: importFilters(),
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Import mail (.eml, mbox, Maildir) or calendar (.ics) files'),
  });
  if (!picked || picked.length === 0) {
    return;
  }
  let raw: unknown;
  try {
    raw = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Touchbase: importing…') },
      () => executeServerCommand(SERVER_COMMAND_IMPORT, importArguments(picked.map((uri) => uri.toString()))),
    );
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Touchbase: {0}', error instanceof Error ? error.message : String(error)));
    return;
  }
  const result = parseImportResult(raw);
  if (!result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Touchbase: open a folder with .client files to import into.'));
    return;
  }
  output.appendLine(`[import] ${picked.map((uri) => uri.fsPath).join(', ')}`);
  for (const line of result.summary.split(/\r?\n/)) {
    if (line !== '') {
      output.appendLine(`[import] ${line}`);
    }
  }
  for (const uri of result.changed) {
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false });
  }
  const details = vscode.l10n.t('Show Details');
  const show = result.problems > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  if ((await show(importNotice(result), details)) === details) {
    output.show(true);
  }
}

async function insertMeetingSummary(): Promise<void> {
  const editor = activeTouchbaseEditor();
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor on a meeting in a .client file.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    [
      // The labels are the language's keywords (summary final, summary interim): they stay as written.
      { label: 'final', description: vscode.l10n.t('the summary at the end of the meeting') },
      { label: 'interim', description: vscode.l10n.t('a summary in the middle of the meeting') },
    ],
    { title: vscode.l10n.t('Insert meeting summary'), placeHolder: vscode.l10n.t('Which summary?') },
  );
  if (!picked) {
    return;
  }
  const position = editor.selection.active;
  try {
    const answer = await executeServerCommand(SERVER_COMMAND_INSERT_SUMMARY, [
      editor.document.uri.toString(),
      { line: position.line, character: position.character },
      picked.label,
    ]);
    // The server answers with the template to insert, or applies it itself (an older server).
    if (answer && typeof answer === 'object' && 'snippet' in answer) {
      const { uri, position: at, snippet, end } = answer as { uri: string; position: LinePosition; snippet: string; end?: LinePosition };
      await insertSnippet(uri, at, snippet, end);
    }
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Touchbase: {0}', error instanceof Error ? error.message : String(error)));
  }
}

type LinePosition = { line: number; character: number };

/**
 * Inserts a template at a position of a document, as a snippet: Tab goes from one blank to the next.
 * With an end, the template replaces the lines from the position to the end (a summary saved unfilled).
 */
async function insertSnippet(uri: string, position: LinePosition, snippet: string, end?: LinePosition): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const editor =
    vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString()) ??
    (await vscode.window.showTextDocument(target));
  const at = new vscode.Position(position.line, position.character);
  // The server inserts at the start of a line, so the editor adds no indentation of its
  // own to the template's lines (it indents them by the text before the position).
  const location = end ? new vscode.Range(at, new vscode.Position(end.line, end.character)) : at;
  await editor.insertSnippet(new vscode.SnippetString(snippet), location);
}
