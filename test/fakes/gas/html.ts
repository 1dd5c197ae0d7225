/** HtmlService, HtmlOutput and HtmlTemplate. */
import { instrument } from './calls';
import type { FakeContext } from './context';
import { makeEnum } from './context';

export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT'] as const);

export class FakeHtmlOutput {
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  _sandboxMode: string = SandboxMode.IFRAME;
  _xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;

  constructor(
    readonly _ctx: FakeContext,
    public _content: string,
  ) {}

  private _str(method: string, v: unknown): string {
    if (typeof v !== 'string') throw this._ctx.badArgs(`HtmlOutput.${method}`, [v]);
    return v;
  }

  private _px(method: string, v: unknown): number {
    if (!Number.isInteger(v) || (v as number) < 0) throw this._ctx.badArgs(`HtmlOutput.${method}`, [v]);
    return v as number;
  }

  setTitle(title: unknown): FakeHtmlOutput {
    this._title = this._str('setTitle', title);
    return this;
  }

  getTitle(): string {
    return this._title;
  }

  setWidth(width: unknown): FakeHtmlOutput {
    this._width = this._px('setWidth', width);
    return this;
  }

  getWidth(): number | null {
    return this._width;
  }

  setHeight(height: unknown): FakeHtmlOutput {
    this._height = this._px('setHeight', height);
    return this;
  }

  getHeight(): number | null {
    return this._height;
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: unknown): FakeHtmlOutput {
    this._content = this._str('setContent', content);
    return this;
  }

  append(addedContent: unknown): FakeHtmlOutput {
    this._content += this._str('append', addedContent);
    return this;
  }

  setSandboxMode(mode: unknown): FakeHtmlOutput {
    if (typeof mode !== 'string' || !(Object.values(SandboxMode) as string[]).includes(mode))
      throw this._ctx.badArgs('HtmlOutput.setSandboxMode', [mode]);
    this._sandboxMode = mode;
    return this;
  }

  setXFrameOptionsMode(mode: unknown): FakeHtmlOutput {
    if (typeof mode !== 'string' || !(Object.values(XFrameOptionsMode) as string[]).includes(mode))
      throw this._ctx.badArgs('HtmlOutput.setXFrameOptionsMode', [mode]);
    this._xFrameOptionsMode = mode;
    return this;
  }
}
instrument(FakeHtmlOutput, 'HtmlOutput');

function escapeHtml(v: unknown): string {
  return String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Template: properties assigned on the object (`t.data = ...`) are visible to `<?= expr ?>` (HTML-escaped)
 * and `<?!= expr ?>` (raw). Scriptlets `<? code ?>` and calls to script functions are not supported.
 */
export class FakeHtmlTemplate {
  declare readonly _ctx: FakeContext;
  declare readonly _source: string;

  constructor(ctx: FakeContext, source: string) {
    // Non-enumerable, so that only the properties the script assigns reach the template.
    Object.defineProperty(this, '_ctx', { value: ctx, enumerable: false });
    Object.defineProperty(this, '_source', { value: source, enumerable: false });
  }

  getRawContent(): string {
    return this._source;
  }

  evaluate(): FakeHtmlOutput {
    const names = Object.keys(this);
    const values = names.map((k) => (this as unknown as Record<string, unknown>)[k]);
    const html = this._source.replace(/<\?(!?=)?([\s\S]*?)\?>/g, (_m, kind: string | undefined, code: string) => {
      if (!kind) throw this._ctx.error('HtmlTemplate.evaluate: scriptlets (<? ... ?>) are not supported by the fake.');
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const value: unknown = new Function(...names, `return (${code});`)(...values);
      return kind === '=' ? escapeHtml(value) : String(value);
    });
    return new FakeHtmlOutput(this._ctx, html);
  }
}
instrument(FakeHtmlTemplate, 'HtmlTemplate');

export class FakeHtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    readonly _ctx: FakeContext,
    readonly _files: Record<string, string>,
  ) {}

  private _file(name: unknown, method: string): string {
    if (typeof name !== 'string') throw this._ctx.badArgs(`HtmlService.${method}`, [name]);
    const key = name.replace(/\.html$/, '');
    const content = Object.hasOwn(this._files, key) ? this._files[key] : undefined;
    if (content === undefined) throw this._ctx.error(`No HTML file named ${name} was found.`);
    return content;
  }

  createHtmlOutput(html?: unknown): FakeHtmlOutput {
    if (html !== undefined && typeof html !== 'string') throw this._ctx.badArgs('HtmlService.createHtmlOutput', [html]);
    return new FakeHtmlOutput(this._ctx, html ?? '');
  }

  createHtmlOutputFromFile(filename: unknown): FakeHtmlOutput {
    return new FakeHtmlOutput(this._ctx, this._file(filename, 'createHtmlOutputFromFile'));
  }

  createTemplateFromFile(filename: unknown): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this._ctx, this._file(filename, 'createTemplateFromFile'));
  }
}
instrument(FakeHtmlService, 'HtmlService');
