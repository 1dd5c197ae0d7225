/** SpreadsheetApp.getUi(): menus, alerts, prompts, dialogs and sidebars, plus the test-side recorder. */
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
  | { caption: string; items: RecordedMenuItem[] };

export interface RecordedMenu {
  /** null for the add-on menu (its title is the add-on's name). */
  title: string | null;
  addon: boolean;
  items: RecordedMenuItem[];
}

export interface RecordedAlert {
  title: string;
  message: string;
  buttons: ButtonSetName;
  response: ButtonName;
}

export interface RecordedPrompt {
  title: string;
  message: string;
  buttons: ButtonSetName;
  responseText: string;
  response: ButtonName;
}

export interface RecordedDialog {
  html: FakeHtmlOutput;
  title: string;
  modal: boolean;
}

export interface RecordedToast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** What tests read and script (never counted). */
export class FakeUiRecorder {
  /** Set to false to act like a trigger / editor context where SpreadsheetApp.getUi() throws. */
  available = true;
  readonly menus: RecordedMenu[] = [];
  readonly toasts: RecordedToast[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly prompts: RecordedPrompt[] = [];
  readonly dialogs: RecordedDialog[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  private readonly promptAnswers: { text: string; button: ButtonName }[] = [];
  private readonly alertAnswers: ButtonName[] = [];

  /** The user's answer to the next prompt: the text typed and the button pressed. */
  queuePrompt(text: string, button: ButtonName = 'OK'): this {
    this.promptAnswers.push({ text, button });
    return this;
  }

  /** The button the user presses on the next alert. Alerts with only an OK button need no answer. */
  queueAlert(button: ButtonName): this {
    this.alertAnswers.push(button);
    return this;
  }

  /** Scripted answers not consumed yet (assert 0 at the end of a test). */
  pendingAnswers(): number {
    return this.promptAnswers.length + this.alertAnswers.length;
  }

  _nextPrompt(ctx: FakeContext, message: string, buttons: ButtonSetName): { text: string; button: ButtonName } {
    const answer = this.promptAnswers.shift();
    if (!answer) throw ctx.error(`Ui.prompt("${message}") was called but the test scripted no answer (env.ui.queuePrompt).`);
    if (answer.button !== 'CLOSE' && !BUTTONS_OF[buttons].includes(answer.button)) {
      throw ctx.error(`Ui.prompt("${message}") shows ${buttons} but the scripted answer pressed ${answer.button}.`);
    }
    return answer;
  }

  _nextAlert(ctx: FakeContext, message: string, buttons: ButtonSetName): ButtonName {
    const answer = this.alertAnswers.shift();
    if (!answer) {
      if (buttons === 'OK') return 'OK';
      throw ctx.error(`Ui.alert("${message}") asks ${buttons} but the test scripted no answer (env.ui.queueAlert).`);
    }
    if (answer !== 'CLOSE' && !BUTTONS_OF[buttons].includes(answer)) {
      throw ctx.error(`Ui.alert("${message}") shows ${buttons} but the scripted answer pressed ${answer}.`);
    }
    return answer;
  }
}

export class FakeMenu {
  readonly _items: ({ caption: string; functionName: string } | { separator: true } | FakeMenu)[] = [];

  constructor(
    readonly _ctx: FakeContext,
    readonly _title: string | null,
    readonly _addon: boolean,
  ) {}

  _record(): RecordedMenu {
    return {
      title: this._title,
      addon: this._addon,
      items: this._items.map((i) => (i instanceof FakeMenu ? { caption: i._title ?? '', items: i._record().items } : { ...i })),
    };
  }

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
    if (!(menu instanceof FakeMenu) || menu._addon) throw this._ctx.badArgs('Menu.addSubMenu', [menu]);
    this._items.push(menu);
    return this;
  }

  addToUi(): void {
    const menus = this._ctx.ui.menus;
    const recorded = this._record();
    const i = menus.findIndex((m) => m.addon === recorded.addon && m.title === recorded.title);
    if (i >= 0) menus[i] = recorded;
    else menus.push(recorded);
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

  private _html(method: string, args: unknown[]): FakeHtmlOutput {
    if (!(args[0] instanceof FakeHtmlOutput) || (args.length === 2 && typeof args[1] !== 'string') || args.length > 2)
      throw this._ctx.badArgs(method, args);
    return args[0];
  }

  createMenu(caption: unknown): FakeMenu {
    if (typeof caption !== 'string') throw this._ctx.badArgs('Ui.createMenu', [caption]);
    return new FakeMenu(this._ctx, caption, false);
  }

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this._ctx, null, true);
  }

  alert(...args: unknown[]): ButtonName {
    const { title, message, buttons } = dialogArgs(this._ctx, 'Ui.alert', args);
    const response = this._ctx.ui._nextAlert(this._ctx, message, buttons);
    this._ctx.ui.alerts.push({ title, message, buttons, response });
    return response;
  }

  prompt(...args: unknown[]): FakePromptResponse {
    const { title, message, buttons } = dialogArgs(this._ctx, 'Ui.prompt', args);
    const answer = this._ctx.ui._nextPrompt(this._ctx, message, buttons);
    this._ctx.ui.prompts.push({ title, message, buttons, responseText: answer.text, response: answer.button });
    return new FakePromptResponse(this._ctx, answer.text, answer.button);
  }

  showSidebar(html: unknown): void {
    this._ctx.ui.sidebars.push(this._html('Ui.showSidebar', [html]));
  }

  showModalDialog(html: unknown, title: unknown): void {
    this._ctx.ui.dialogs.push({ html: this._html('Ui.showModalDialog', [html, title]), title: title as string, modal: true });
  }

  showModelessDialog(html: unknown, title: unknown): void {
    this._ctx.ui.dialogs.push({ html: this._html('Ui.showModelessDialog', [html, title]), title: title as string, modal: false });
  }
}
instrument(FakeUi, 'Ui');
