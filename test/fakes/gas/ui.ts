/** SpreadsheetApp.getUi(): the add-on menu, alerts, prompts and dialogs, plus the test-side recorder. */
import { instrument } from './calls';
import type { FakeContext } from './context';
import { makeEnum } from './context';
import { FakeHtmlOutput } from './html';

export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS_OF: Record<ButtonSetName, readonly ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type RecordedMenuItem =
  | { caption: string; functionName: string }
  | { separator: true }
  | { submenu: string; items: RecordedMenuItem[] };

/**
 * A menu added to the UI: the add-on menu under Extensions (no title: it takes the add-on's name), or a
 * menu of its own in the menu bar (Ui.createMenu(title) … addToUi(), as a bound script makes).
 */
export interface RecordedMenu {
  title?: string;
  items: RecordedMenuItem[];
}

export interface RecordedAlert {
  title: string;
  message: string;
  /** The buttons shown (OK unless the alert asked a question). */
  buttons?: ButtonSetName;
}

export interface RecordedDialog {
  html: FakeHtmlOutput;
  title: string;
}

export interface RecordedToast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** What tests read and script (never counted). */
export class FakeUiRecorder {
  /** Set to false to act like a trigger context, where SpreadsheetApp.getUi() throws. */
  available = true;
  readonly menus: RecordedMenu[] = [];
  readonly toasts: RecordedToast[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly dialogs: RecordedDialog[] = [];
  /** Sidebars shown (Ui.showSidebar), latest last. */
  readonly sidebars: FakeHtmlOutput[] = [];
  /** The range the script last selected (Range.activate): its tab and A1 notation. */
  selection: { sheet: string; a1: string } | undefined;
  private readonly promptAnswers: { text: string; button: ButtonName }[] = [];
  private readonly alertAnswers: ButtonName[] = [];

  /** Forgets answers no prompt or question asked for. */
  clearPrompts(): void {
    this.promptAnswers.length = 0;
    this.alertAnswers.length = 0;
  }

  /** The button the user presses at the next alert that asks a question (YES_NO, OK_CANCEL, …). */
  queueAlertAnswer(button: ButtonName): this {
    this.alertAnswers.push(button);
    return this;
  }

  _nextAlert(ctx: FakeContext, message: string, buttons: ButtonSetName): ButtonName {
    const answer = this.alertAnswers.shift();
    if (!answer) throw ctx.error(`Ui.alert("${message}") asks ${buttons} but the test scripted no answer (env.ui.queueAlertAnswer).`);
    if (answer !== 'CLOSE' && !BUTTONS_OF[buttons].includes(answer)) {
      throw ctx.error(`Ui.alert("${message}") shows ${buttons} but the scripted answer pressed ${answer}.`);
    }
    return answer;
  }

  /** The user's answer to the next prompt: the text typed and the button pressed. */
  queuePrompt(text: string, button: ButtonName = 'OK'): this {
    this.promptAnswers.push({ text, button });
    return this;
  }

  _nextPrompt(ctx: FakeContext, message: string, buttons: ButtonSetName): { text: string; button: ButtonName } {
    const answer = this.promptAnswers.shift();
    if (!answer) throw ctx.error(`Ui.prompt("${message}") was called but the test scripted no answer (env.ui.queuePrompt).`);
    if (answer.button !== 'CLOSE' && !BUTTONS_OF[buttons].includes(answer.button)) {
      throw ctx.error(`Ui.prompt("${message}") shows ${buttons} but the scripted answer pressed ${answer.button}.`);
    }
    return answer;
  }
}

export class FakeMenu {
  readonly _items: RecordedMenuItem[] = [];

  /** A menu made by Ui.createMenu has a title (a sub-menu's caption); the add-on menu has none. */
  constructor(
    readonly _ctx: FakeContext,
    readonly _title: string | null = null,
  ) {}

  addItem(caption: unknown, functionName: unknown): FakeMenu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') throw this._ctx.badArgs('Menu.addItem', [caption, functionName]);
    this._items.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this._items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: unknown): FakeMenu {
    if (!(menu instanceof FakeMenu) || menu === this || menu._title === null) throw this._ctx.badArgs('Menu.addSubMenu', [menu]);
    this._items.push({ submenu: menu._title, items: menu._items.map((i) => ({ ...i })) });
    return this;
  }

  /** A script has one add-on menu, and one menu-bar menu per title: adding it again replaces it. */
  addToUi(): void {
    const menus = this._ctx.ui.menus;
    const items = this._items.map((i) => ({ ...i }));
    const entry: RecordedMenu = this._title === null ? { items } : { title: this._title, items };
    const at = menus.findIndex((m) => m.title === entry.title);
    if (at >= 0) menus[at] = entry;
    else menus.push(entry);
  }
}
instrument(FakeMenu, 'Menu');

export class FakePromptResponse {
  constructor(
    readonly _ctx: FakeContext,
    readonly _text: string,
    readonly _button: ButtonName,
  ) {}

  getResponseText(): string {
    return this._text;
  }

  getSelectedButton(): ButtonName {
    return this._button;
  }
}
instrument(FakePromptResponse, 'PromptResponse');

/** The three overloads: (message), (message, buttons), (title, message, buttons). */
function dialogArgs(ctx: FakeContext, method: string, args: unknown[]): { title: string; message: string; buttons: ButtonSetName } {
  const isSet = (b: unknown): b is ButtonSetName => typeof b === 'string' && Object.hasOwn(ButtonSet, b);
  if (args.length === 1 && typeof args[0] === 'string') return { title: '', message: args[0], buttons: 'OK' };
  if (args.length === 2 && typeof args[0] === 'string' && isSet(args[1])) return { title: '', message: args[0], buttons: args[1] };
  if (args.length === 3 && typeof args[0] === 'string' && typeof args[1] === 'string' && isSet(args[2])) {
    return { title: args[0], message: args[1], buttons: args[2] };
  }
  throw ctx.badArgs(method, args);
}

export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(readonly _ctx: FakeContext) {}

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this._ctx);
  }

  createMenu(caption: unknown): FakeMenu {
    if (typeof caption !== 'string' || caption === '') throw this._ctx.badArgs('Ui.createMenu', [caption]);
    return new FakeMenu(this._ctx, caption);
  }

  /** An OK alert is answered OK; one asking a question takes the test's scripted answer (queueAlertAnswer). */
  alert(...args: unknown[]): ButtonName {
    const { title, message, buttons } = dialogArgs(this._ctx, 'Ui.alert', args);
    const answer = buttons === 'OK' ? 'OK' : this._ctx.ui._nextAlert(this._ctx, message, buttons);
    this._ctx.ui.alerts.push(buttons === 'OK' ? { title, message } : { title, message, buttons });
    return answer;
  }

  prompt(...args: unknown[]): FakePromptResponse {
    const { message, buttons } = dialogArgs(this._ctx, 'Ui.prompt', args);
    const answer = this._ctx.ui._nextPrompt(this._ctx, message, buttons);
    return new FakePromptResponse(this._ctx, answer.text, answer.button);
  }

  showModalDialog(html: unknown, title: unknown): void {
    if (!(html instanceof FakeHtmlOutput) || typeof title !== 'string') throw this._ctx.badArgs('Ui.showModalDialog', [html, title]);
    this._ctx.ui.dialogs.push({ html, title });
  }

  showSidebar(html: unknown): void {
    if (!(html instanceof FakeHtmlOutput)) throw this._ctx.badArgs('Ui.showSidebar', [html]);
    this._ctx.ui.sidebars.push(html);
  }
}
instrument(FakeUi, 'Ui');
