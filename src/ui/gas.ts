/**
 * The page side of google.script.run, shared by every page: `call('serverFunction', arg)` as a
 * promise. Apps Script serves pages in a sandboxed iframe with `google.script.run`; the tests give
 * them a shim that calls the built bundle over the in-memory fake (test/ui/harness.ts). Arguments
 * and results are plain JSON: no Date, no class instance.
 */

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRun; host?: { close(): void } } };
  }
}

export function call<T>(serverFunction: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const script = window.google?.script;
    if (!script) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const run = script.run.withSuccessHandler((value) => resolve(value as T)).withFailureHandler(reject);
    (run[serverFunction] as (...a: unknown[]) => void)(...args);
  });
}

/** A catalogue text with its {name} parameters filled (the server sends the templates). */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** An element with text (never markup: user text such as a ward's name stays text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

/** A link to a Google URL opening in a new tab; anything else is shown as text. */
export function link(url: string, label: string): HTMLElement {
  if (!/^https:\/\/[a-z0-9.-]+\.google\.com\//.test(url)) return el('span', {}, label);
  return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, label);
}
