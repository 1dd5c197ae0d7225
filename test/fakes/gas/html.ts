/** HtmlService and HtmlOutput: the add-on's one dialog is HTML built in the script. */
import { instrument } from './calls';
import type { FakeContext } from './context';

export class FakeHtmlOutput {
  constructor(
    readonly _ctx: FakeContext,
    readonly _content: string,
  ) {}

  /** Checked like Apps Script, not stored: nothing reads the size back. */
  private _px(method: string, v: unknown): FakeHtmlOutput {
    if (!Number.isInteger(v) || (v as number) < 0) throw this._ctx.badArgs(`HtmlOutput.${method}`, [v]);
    return this;
  }

  setWidth(width: unknown): FakeHtmlOutput {
    return this._px('setWidth', width);
  }

  setHeight(height: unknown): FakeHtmlOutput {
    return this._px('setHeight', height);
  }

  getContent(): string {
    return this._content;
  }
}
instrument(FakeHtmlOutput, 'HtmlOutput');

export class FakeHtmlService {
  constructor(readonly _ctx: FakeContext) {}

  createHtmlOutput(html?: unknown): FakeHtmlOutput {
    if (html !== undefined && typeof html !== 'string') throw this._ctx.badArgs('HtmlService.createHtmlOutput', [html]);
    return new FakeHtmlOutput(this._ctx, html ?? '');
  }
}
instrument(FakeHtmlService, 'HtmlService');
