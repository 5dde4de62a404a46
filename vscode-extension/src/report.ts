import * as path from 'node:path';
import * as vscode from 'vscode';
import { messagePage, OPEN_POSITION_COMMAND, withCsp, withPositionLinks } from './report-html';

/** Fetches the HTML report of the project a document belongs to (undefined: no project). */
export type ReportSource = (uri: vscode.Uri) => Promise<string | undefined>;

/** The status report in a webview beside the editor, refreshed when a .client file is saved. */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private current: vscode.Uri | undefined;
  private generation = 0;

  constructor(private readonly source: ReportSource) {}

  /** The document whose project the report shows. */
  get uri(): vscode.Uri | undefined {
    return this.current;
  }

  async show(uri: vscode.Uri): Promise<void> {
    this.current = uri;
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      this.panel = vscode.window.createWebviewPanel(
        'touchbase.report',
        vscode.l10n.t('Touchbase report'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: false,
          enableFindWidget: true,
          localResourceRoots: [],
          // The file:line links of the report open the editor; no other command may run from the page.
          enableCommandUris: [OPEN_POSITION_COMMAND],
        },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
    }
    await this.refresh();
  }

  /** Asks the server again; a newer refresh makes an older answer moot. */
  async refresh(): Promise<void> {
    const panel = this.panel;
    const uri = this.current;
    if (!panel || !uri) {
      return;
    }
    const generation = ++this.generation;
    const csp = panel.webview.cspSource;
    panel.title = vscode.l10n.t('Report: {0}', path.basename(uri.fsPath));
    let html: string;
    try {
      const report = await this.source(uri);
      html =
        report === undefined
          ? messagePage(vscode.l10n.t('No project'), vscode.l10n.t('{0} belongs to no project.', path.basename(uri.fsPath)), csp)
          : withCsp(withPositionLinks(report), csp);
    } catch (error) {
      html = messagePage(vscode.l10n.t('No report'), error instanceof Error ? error.message : String(error), csp);
    }
    if (generation === this.generation && this.panel === panel) {
      panel.webview.html = html;
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.panel = undefined;
  }
}

/**
 * Opens a position of the report: `file` is the URI the server knows the
 * file by (a path is taken from the first workspace folder), `line` 1-based.
 * The editor opens in the first column, beside the report.
 */
export async function openPosition(file: unknown, line: unknown): Promise<void> {
  if (typeof file !== 'string' || file === '') {
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = /^[A-Za-z][A-Za-z0-9+.-]+:/.test(file) ? vscode.Uri.parse(file) : folder ? vscode.Uri.joinPath(folder, file) : vscode.Uri.file(file);
  const at = Math.max(0, (typeof line === 'number' && Number.isFinite(line) ? Math.floor(line) : 1) - 1);
  const position = new vscode.Position(at, 0);
  await vscode.window.showTextDocument(uri, {
    viewColumn: vscode.ViewColumn.One,
    selection: new vscode.Range(position, position),
  });
}
