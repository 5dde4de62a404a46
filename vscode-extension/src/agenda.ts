import * as vscode from 'vscode';
import { Agenda, AgendaNode, agendaChildren, agendaStatus, parseAgenda } from './agenda-model';

/** Custom request: what to do across the workspace, by urgency (see docs/agenda.md). */
export const AGENDA_REQUEST = 'touchbase/agenda';
export const AGENDA_VIEW = 'touchbase.agenda';

type Request = (method: string, params: unknown) => Promise<unknown>;

/**
 * The Agenda view (grouped Overdue / Today / This week / Soon, each item
 * opening its place in the file) and its count in the status bar. Only
 * standard VS Code API, so it works in code-server and Eclipse Theia too.
 */
export class AgendaView implements vscode.TreeDataProvider<AgendaNode>, vscode.Disposable {
  private agenda: Agenda | undefined;
  private supported = true;
  private timer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<AgendaNode | undefined>();
  private readonly status: vscode.StatusBarItem;
  private readonly view: vscode.TreeView<AgendaNode>;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly request: () => Request | undefined, private readonly log: (line: string) => void) {
    this.view = vscode.window.createTreeView(AGENDA_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.status = vscode.window.createStatusBarItem('touchbase.agendaStatus', vscode.StatusBarAlignment.Left, 9);
    this.status.name = vscode.l10n.t('Touchbase agenda');
    this.status.command = `${AGENDA_VIEW}.focus`;
  }

  /** Asks the server again after {@code delayMs}; later calls replace earlier ones. */
  schedule(delayMs: number): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delayMs);
  }

  /** A restarted server may answer again. */
  reset(): void {
    this.supported = true;
    this.agenda = undefined;
    this.render();
  }

  async refresh(): Promise<void> {
    const send = this.request();
    if (!send || !this.supported) {
      return;
    }
    try {
      this.agenda = parseAgenda(await send(AGENDA_REQUEST, {}));
    } catch (error) {
      this.agenda = undefined;
      if ((error as { code?: number }).code === -32601) {
        this.supported = false;
        this.log(`[agenda] the server does not answer ${AGENDA_REQUEST}; the Agenda view stays empty`);
      }
    }
    this.render();
  }

  private render(): void {
    this.changed.fire(undefined);
    const overdue = this.agenda?.items.filter((item) => item.urgency === 'overdue').length ?? 0;
    this.view.badge = overdue > 0 ? { value: overdue, tooltip: vscode.l10n.t('{0} overdue', overdue) } : undefined;
    const status = agendaStatus(this.agenda);
    if (status) {
      this.status.text = status.text;
      this.status.tooltip = status.tooltip;
      this.status.show();
    } else {
      this.status.hide();
    }
  }

  getChildren(node?: AgendaNode): AgendaNode[] {
    return agendaChildren(this.agenda, node);
  }

  getTreeItem(node: AgendaNode): vscode.TreeItem {
    if (node.type === 'group') {
      const group = new vscode.TreeItem(
        node.label,
        node.urgency === 'soon' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
      );
      group.id = `group:${node.urgency}`;
      group.iconPath = new vscode.ThemeIcon(
        node.urgency === 'overdue' ? 'error' : node.urgency === 'today' ? 'warning' : node.urgency === 'upcoming' ? 'calendar' : 'clock',
      );
      return group;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = `item:${node.item.urgency}:${node.item.id}:${node.item.kind}`;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.item.time ? 'clock' : 'circle-outline');
    const range = new vscode.Range(node.range.startLine, node.range.startCharacter, node.range.endLine, node.range.endCharacter);
    item.command = {
      command: 'vscode.open',
      title: vscode.l10n.t('Open'),
      arguments: [vscode.Uri.parse(node.uri), { selection: range } satisfies vscode.TextDocumentShowOptions],
    };
    return item;
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.view.dispose();
    this.status.dispose();
    this.changed.dispose();
  }
}
