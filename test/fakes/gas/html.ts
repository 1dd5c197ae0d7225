/**
 * HtmlService and HtmlOutput: the dialogs built in the script, and the pages built into dist/*.html
 * (createHtmlOutputFromFile reads them from the environment's htmlDir, default dist/, as Apps Script
 * reads the project's HTML files).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instrument } from './calls';
import type { FakeContext } from './context';

export class FakeHtmlOutput {
  private _title = '';

  constructor(
    readonly _ctx: FakeContext,
    private _content: string,
    /** The project file it was made from ('' for HTML built in the script). */
    readonly _file = '',
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

  /** The sidebar's or dialog's title. */
  setTitle(title: unknown): FakeHtmlOutput {
    if (typeof title !== 'string') throw this._ctx.badArgs('HtmlOutput.setTitle', [title]);
    this._title = title;
    return this;
  }

  getTitle(): string {
    return this._title;
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: unknown): FakeHtmlOutput {
    if (typeof content !== 'string') throw this._ctx.badArgs('HtmlOutput.setContent', [content]);
    this._content = content;
    return this;
  }
}
instrument(FakeHtmlOutput, 'HtmlOutput');

export class FakeHtmlService {
  constructor(readonly _ctx: FakeContext) {}

  createHtmlOutput(html?: unknown): FakeHtmlOutput {
    if (html !== undefined && typeof html !== 'string') throw this._ctx.badArgs('HtmlService.createHtmlOutput', [html]);
    return new FakeHtmlOutput(this._ctx, html ?? '');
  }

  /** A project HTML file by its name without ".html" (clasp strips the extension when it pushes). */
  createHtmlOutputFromFile(filename: unknown): FakeHtmlOutput {
    if (typeof filename !== 'string') throw this._ctx.badArgs('HtmlService.createHtmlOutputFromFile', [filename]);
    const path = join(this._ctx.htmlDir, `${filename}.html`);
    if (!existsSync(path)) throw this._ctx.error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this._ctx, readFileSync(path, 'utf8'), filename);
  }
}
instrument(FakeHtmlService, 'HtmlService');
