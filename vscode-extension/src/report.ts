import * as path from 'node:path';
import * as vscode from 'vscode';
import { messagePage, withCsp } from './report-html';

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
        { enableScripts: false, enableFindWidget: true, localResourceRoots: [] },
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
          : withCsp(report, csp);
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
