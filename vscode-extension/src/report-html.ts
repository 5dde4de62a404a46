// Preparing the server's HTML report for a webview. No `vscode` import here:
// the unit tests run this module under plain Node.

/** The Content-Security-Policy of the report: no scripts, styles and images inline or from the webview. */
export function reportCsp(cspSource: string): string {
  return [
    "default-src 'none'",
    `style-src 'unsafe-inline' ${cspSource}`,
    `img-src ${cspSource} data: https:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The command a position in the report runs: open the file at the line. */
export const OPEN_POSITION_COMMAND = 'touchbase.openPosition';

function unescapeAttribute(text: string): string {
  return text.replace(/&(quot|#39|lt|gt|amp);/g, (_, name: string) =>
    name === 'quot' ? '"' : name === '#39' ? "'" : name === 'lt' ? '<' : name === 'gt' ? '>' : '&',
  );
}

/**
 * The report marks each file position as `<a class="pos" href="FILE#LLINE"
 * data-file="FILE" data-line="LINE">`, a link a browser follows to the file;
 * in the editor's preview it becomes a command link that opens the file at
 * the line (the panel allows just that command). Other links stay as they are.
 */
export function withPositionLinks(html: string): string {
  return html.replace(
    /<a class="pos" href="[^"]*" data-file="([^"]*)" data-line="(\d+)">/g,
    (_, file: string, line: string) => {
      const args = encodeURIComponent(JSON.stringify([unescapeAttribute(file), Number(line)]));
      const href = `command:${OPEN_POSITION_COMMAND}?${args}`;
      return `<a class="pos" href="${escapeAttribute(href)}" data-file="${file}" data-line="${line}">`;
    },
  );
}

/** Puts the CSP meta tag first in the document's head (adding a head when there is none). */
export function withCsp(html: string, cspSource: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(reportCsp(cspSource))}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + meta + html.slice(at);
  }
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  if (htmlTag) {
    const at = htmlTag.index + htmlTag[0].length;
    return `${html.slice(0, at)}<head>${meta}</head>${html.slice(at)}`;
  }
  return `<!DOCTYPE html><html><head>${meta}<meta charset="utf-8"></head><body>${html}</body></html>`;
}

/** A small page for when there is no report to show. */
export function messagePage(title: string, message: string, cspSource: string): string {
  return withCsp(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
      '<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);padding:1em 2em}</style>' +
      `</head><body><h2>${escapeHtml(title)}</h2><p>${escapeHtml(message)}</p></body></html>`,
    cspSource,
  );
}
