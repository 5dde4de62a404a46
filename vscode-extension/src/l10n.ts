// The extension's own sentences in the user's language, for the modules that
// the unit tests run under plain Node (no `vscode` import here). It reads the
// same bundle as `vscode.l10n.t`: the extension hands it `vscode.l10n.bundle`
// when it starts (see `configure`). English is the source: a message is its own
// key, and with no bundle (English, or a language without one) the English
// text is used. The Russian bundle is `l10n/bundle.l10n.ru.json`.

export type Arg = string | number | boolean;

let bundle: Record<string, string> | undefined;

/** The translations to use from now on; undefined for English. */
export function configure(contents: Record<string, string> | undefined): void {
  bundle = contents;
}

/** `{0}`, `{1}`… replaced by the arguments; a placeholder without an argument stays as it is. */
export function format(template: string, args: readonly Arg[]): string {
  return template.replace(/{([^}]+)}/g, (match, index: string) => {
    const value = args[Number(index)];
    return /^\d+$/.test(index) && value !== undefined ? String(value) : match;
  });
}

/** A message in the user's language, as `vscode.l10n.t` gives it: the English text is the key. */
export function t(message: string, ...args: Arg[]): string {
  const translated = bundle?.[message];
  return format(typeof translated === 'string' && translated !== '' ? translated : message, args);
}
