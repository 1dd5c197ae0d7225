/**
 * The Cài đặt phường dialog: every setting of Cấu hình (the ones officers change first, the rest
 * folded) and both phases' targets of Chỉ tiêu, each with its current value, checked as it is typed by
 * core's rules (the message under the field); Lưu cài đặt sends only what changed, and the server
 * (src/gas/dialogs.ts) writes only the cells whose value changed, or nothing when one is refused.
 */
import { readField } from '../core/dialogs/fieldRules';
import type { SettingsField, SettingsSaveResult, SettingsSection, SettingsState } from '../core/dialogs/settingsForm';
import type { FieldProblem } from '../core/parse/readSetting';
import { call, el, fill } from './gas';

let state: SettingsState;
let L: (key: string, params?: Record<string, string | number>) => string;
let busy = false;
/** Problems the server gave on the last save, shown until the field changes. */
let serverProblems: Record<string, string> = {};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const fields = () => state.sections.flatMap((s) => s.fields);
const inputOf = (f: SettingsField) => $<HTMLInputElement>(`f-${f.id}`);
const problemText = (p: FieldProblem) => L(p.messageKey, p.params);

/** The fields whose text differs from what the workbook holds. */
function changedFields(): SettingsField[] {
  return fields().filter((f) => inputOf(f).value.trim() !== f.value.trim());
}

/** A field's message: the server's, else the rule's for a changed field, else the cell's current problem. */
function messageOf(f: SettingsField): string {
  if (serverProblems[f.id]) return serverProblems[f.id];
  const text = inputOf(f).value;
  if (text.trim() === f.value.trim()) return f.problem;
  const read = readField(f.rule, text);
  return read.ok ? '' : problemText(read.problem);
}

function check(): void {
  let blocking = 0;
  for (const f of fields()) {
    const message = messageOf(f);
    const box = $(`e-${f.id}`);
    box.textContent = message;
    box.hidden = message === '';
    inputOf(f).setAttribute('aria-invalid', String(message !== ''));
    const changed = inputOf(f).value.trim() !== f.value.trim();
    inputOf(f).classList.toggle('changed', changed);
    if (message !== '' && (changed || serverProblems[f.id])) blocking += 1;
  }
  const changed = changedFields().length;
  $<HTMLButtonElement>('save').disabled = busy || state.problems.some((p) => !p.sheet) || changed === 0 || blocking > 0;
  const pending = $('pending');
  pending.textContent = changed > 0 ? L('settings.changedCount', { count: changed }) : '';
}

function problemsBox(): HTMLElement {
  const box = el('div', { class: 'problems', role: 'alert', id: 'problems' }, el('strong', {}, L('dialog.problems')));
  const list = el('ul');
  for (const p of state.problems) {
    const item = el('li', {}, p.text);
    if (p.sheet) {
      const go = el('button', { type: 'button', class: 'linklike' }, L('dialog.goToSheet', { sheet: p.sheet }));
      go.addEventListener('click', () => void call('pageSelectCell', { sheet: p.sheet, a1: p.a1 }));
      item.append(el('br'), go);
    }
    list.append(item);
  }
  box.append(list);
  return box;
}

function control(f: SettingsField, label: string): HTMLElement {
  const attrs: Record<string, string> = {
    type: 'text',
    id: `f-${f.id}`,
    autocomplete: 'off',
    'aria-describedby': `e-${f.id}${f.hint ? ` h-${f.id}` : ''}`,
  };
  if (f.rule.kind === 'setting' && f.rule.type === 'email') Object.assign(attrs, { inputmode: 'email', spellcheck: 'false' });
  if (f.rule.kind === 'setting' && ['integer', 'money', 'percent'].includes(f.rule.type)) attrs.inputmode = 'decimal';
  if (f.group) attrs['aria-label'] = f.label;
  const box = el('div', { class: 'field' }, el('label', { for: `f-${f.id}` }, label), el('input', attrs));
  if (f.hint) box.append(el('p', { class: 'muted help', id: `h-${f.id}` }, f.hint));
  box.append(el('p', { class: 'field-error', id: `e-${f.id}`, 'aria-live': 'polite', hidden: '' }));
  return box;
}

function sectionNode(s: SettingsSection): HTMLElement {
  const body = el('div', { class: 'section-body' }, el('p', { class: 'muted' }, s.help));
  for (let i = 0; i < s.fields.length; i++) {
    const f = s.fields[i];
    if (!f.group) {
      body.append(control(f, f.label));
      continue;
    }
    // Fields of one group (a target's two phases) side by side under its name.
    const pair = el('div', { class: 'pair' });
    let j = i;
    while (j < s.fields.length && s.fields[j].group === f.group) {
      pair.append(control(s.fields[j], s.fields[j].short));
      j++;
    }
    body.append(el('fieldset', { class: 'group' }, el('legend', {}, f.group), pair));
    i = j - 1;
  }
  if (s.folded) return el('details', { id: `s-${s.id}`, class: 'form-section' }, el('summary', {}, s.title), body);
  return el('section', { id: `s-${s.id}`, class: 'form-section' }, el('h2', {}, s.title), body);
}

function render(): void {
  const app = $('app');
  app.replaceChildren();
  document.documentElement.lang = state.lang;
  document.title = L('settings.title');
  if (state.problems.length > 0) app.append(problemsBox());
  const form = el('form', { id: 'form', novalidate: '' }, el('p', { class: 'muted' }, L('settings.intro')));
  for (const s of state.sections) form.append(sectionNode(s));
  form.append(
    el(
      'div',
      { class: 'footer' },
      el('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
      el('p', { id: 'pending', class: 'muted' }),
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'submit', id: 'save', class: 'primary' }, L('settings.save')),
        el('button', { type: 'button', id: 'close' }, L('dialog.close')),
      ),
    ),
  );
  app.append(form);
  for (const f of fields()) {
    inputOf(f).value = f.value;
    inputOf(f).addEventListener('input', () => {
      delete serverProblems[f.id];
      check();
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  $('close').addEventListener('click', close);
  check();
  app.setAttribute('aria-busy', 'false');
  const first = fields()[0];
  if (first) inputOf(first).focus();
}

function setStatus(text: string, tone: 'ok' | 'error' | '' = ''): void {
  const node = $('status');
  node.textContent = text;
  node.className = `status ${tone}`;
}

async function save(): Promise<void> {
  const changed = changedFields();
  if (changed.length === 0 || busy) return;
  busy = true;
  $('app').setAttribute('aria-busy', 'true');
  check();
  setStatus(L('settings.saving'));
  const values = Object.fromEntries(changed.map((f) => [f.id, inputOf(f).value]));
  try {
    const result = await call<SettingsSaveResult>('settingsSave', { values });
    if (!result.ok) {
      serverProblems = result.fields;
      setStatus(result.message, 'error');
      const first = fields().find((f) => serverProblems[f.id]);
      if (first) {
        inputOf(first).closest('details')?.setAttribute('open', '');
        inputOf(first).focus();
      }
      return;
    }
    // The workbook as saved: fields show its values again, nothing pending.
    const open = new Set([...document.querySelectorAll('details[open]')].map((d) => d.id));
    if (result.sections.length === 0) {
      await load();
      setStatus(result.message, 'ok');
      return;
    }
    state.sections = result.sections;
    serverProblems = {};
    render();
    for (const id of open) $(id)?.setAttribute('open', '');
    setStatus(result.message, 'ok');
  } catch (error) {
    setStatus(L('dialog.failed', { message: String((error as Error).message ?? error) }), 'error');
  } finally {
    busy = false;
    $('app').setAttribute('aria-busy', 'false');
    check();
  }
}

function close(): void {
  window.google?.script.host?.close();
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !busy) close();
});

async function load(): Promise<void> {
  try {
    state = await call<SettingsState>('settingsState');
    L = (key, params) => fill(state.labels[key] ?? key, params);
    render();
  } catch (error) {
    $('app').replaceChildren(el('p', { class: 'status error', role: 'alert' }, String((error as Error).message ?? error)));
  }
}

void load();
