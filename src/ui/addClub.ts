/**
 * The Thêm câu lạc bộ dialog: the club code checked as it is typed (core's rules: the message under the
 * field at once, the button disabled while a field is wrong), the residential group chosen from the
 * ward's Tổ dân phố, the board's e-mails; then the club's tab and registry row made by the server
 * (src/gas/dialogs.ts) as one job, and a button to open the new tab. Texts come from the server.
 */
import {
  ADD_CLUB_FIELDS,
  type AddClubField,
  type AddClubResult,
  type AddClubState,
  addClubFieldProblems,
  type FieldProblem,
  suggestClubCode,
} from '../core/dialogs/addClubForm';
import { call, el, fill } from './gas';

let state: AddClubState;
let L: (key: string, params?: Record<string, string | number>) => string;
let busy = false;
/** Fields the officer has typed in (or left): their problems show from then on, the code's at the first key. */
const touched = new Set<AddClubField>();
/** Problems the server gave on the last try, shown until the field changes. */
let serverProblems: Partial<Record<AddClubField, string>> = {};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const value = (field: AddClubField) => $<HTMLInputElement | HTMLSelectElement>(field).value;

function input(): Record<AddClubField, string> {
  return { code: value('code'), name: value('name'), group: value('group'), boardEmails: value('boardEmails') };
}

const problemText = (p: FieldProblem) => L(p.messageKey, p.params);

/** Shows each touched field's problem under it, and enables the button only when every field is right. */
function check(): void {
  const problems = addClubFieldProblems(input(), state.taken, state.groups, state.example);
  for (const field of ADD_CLUB_FIELDS) {
    const shown = serverProblems[field] ?? (touched.has(field) && problems[field] ? problemText(problems[field]!) : '');
    const box = $(`${field}-error`);
    box.textContent = shown;
    box.hidden = shown === '';
    $(field).setAttribute('aria-invalid', String(shown !== ''));
  }
  const blocked = state.problems.length > 0;
  const ok = Object.keys(problems).length === 0 && Object.keys(serverProblems).length === 0;
  $<HTMLButtonElement>('submit').disabled = busy || blocked || !ok;
}

function problemsBox(): HTMLElement {
  const box = el('div', { class: 'problems', role: 'alert', id: 'problems' }, el('strong', {}, L('dialog.problems')));
  const list = el('ul');
  for (const p of state.problems) {
    const item = el('li', {}, p.text);
    if (p.sheet) {
      const go = el('button', { type: 'button', class: 'linklike' }, L('dialog.goToSheet', { sheet: p.sheet }));
      go.addEventListener('click', () => void call('pageSelectCell', { sheet: p.sheet, a1: p.a1 }).then(close));
      item.append(el('br'), go);
    }
    list.append(item);
  }
  box.append(list);
  return box;
}

function field(id: AddClubField, label: string, control: HTMLElement, help = ''): HTMLElement[] {
  control.id = id;
  control.setAttribute('aria-describedby', `${id}-error${help ? ` ${id}-help` : ''}`);
  const out: HTMLElement[] = [el('label', { for: id }, label), control];
  if (help) out.push(el('p', { class: 'muted help', id: `${id}-help` }, help));
  out.push(el('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite', hidden: '' }));
  return out;
}

function render(): void {
  const app = $('app');
  app.replaceChildren();
  document.documentElement.lang = state.lang;
  document.title = L('addClub.title');
  if (state.problems.length > 0) app.append(problemsBox());
  const group = el('select', {});
  group.append(el('option', { value: '' }, L('addClub.groupPick')));
  for (const g of state.groups) group.append(el('option', { value: g.value }, g.label));
  const form = el('form', { id: 'form', novalidate: '' });
  form.append(
    el('p', { class: 'muted' }, L('addClub.intro')),
    ...field(
      'code',
      L('addClub.code'),
      el('input', {
        type: 'text',
        autocomplete: 'off',
        spellcheck: 'false',
        maxlength: '40',
        placeholder: L('addClub.codeExample', { example: state.example }),
      }),
      L('addClub.codeHelp'),
    ),
    ...field('name', L('addClub.name'), el('input', { type: 'text', autocomplete: 'off', placeholder: L('addClub.namePlaceholder') })),
    ...field('group', L('addClub.group'), group),
    ...field(
      'boardEmails',
      L('addClub.boardEmails'),
      el('input', { type: 'text', inputmode: 'email', autocomplete: 'off', spellcheck: 'false' }),
      L('addClub.boardHelp'),
    ),
    el('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'submit', id: 'submit', class: 'primary' }, L('addClub.submit')),
      el('button', { type: 'button', id: 'cancel' }, L('dialog.cancel')),
    ),
  );
  app.append(form, el('section', { id: 'done', hidden: '' }));
  for (const f of ADD_CLUB_FIELDS) {
    const control = $(f);
    control.addEventListener(f === 'group' ? 'change' : 'input', () => {
      touched.add(f);
      delete serverProblems[f];
      check();
    });
    control.addEventListener('blur', () => {
      if (value(f) !== '' || f !== 'code') touched.add(f);
      check();
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  $('cancel').addEventListener('click', close);
  check();
  app.setAttribute('aria-busy', 'false');
  $('code').focus();
}

function setStatus(text: string, tone: 'ok' | 'error' | '' = ''): void {
  const node = $('status');
  node.textContent = text;
  node.className = `status ${tone}`;
}

async function submit(): Promise<void> {
  for (const f of ADD_CLUB_FIELDS) touched.add(f);
  check();
  if ($<HTMLButtonElement>('submit').disabled) return;
  busy = true;
  $('app').setAttribute('aria-busy', 'true');
  check();
  const typed = input();
  setStatus(L('addClub.working', { code: typed.code.trim() }));
  try {
    const result = await call<AddClubResult>('addClubSubmit', typed);
    if (result.taken.length > 0) state.taken = result.taken;
    else if (result.ok) state.taken.push(result.sheet);
    if (!result.ok) {
      serverProblems = result.fields;
      setStatus(Object.keys(result.fields).length > 0 ? L('addClub.fixFields') : L('dialog.failed', { message: result.message }), 'error');
      const first = ADD_CLUB_FIELDS.find((f) => result.fields[f]);
      if (first) $(first).focus();
      return;
    }
    showDone(result);
  } catch (error) {
    setStatus(L('dialog.failed', { message: String((error as Error).message ?? error) }), 'error');
  } finally {
    busy = false;
    $('app').setAttribute('aria-busy', 'false');
    if (!$('form').hidden) check();
  }
}

function showDone(result: AddClubResult): void {
  $('form').hidden = true;
  const open = el('button', { type: 'button', id: 'open', class: 'primary' }, L('addClub.openTab', { code: result.sheet }));
  const another = el('button', { type: 'button', id: 'another' }, L('addClub.another'));
  const done = el('button', { type: 'button', id: 'close' }, L('dialog.close'));
  open.addEventListener('click', () => void call('pageSelectCell', { sheet: result.sheet, a1: 'A1' }).then(close));
  another.addEventListener('click', () => {
    touched.clear();
    serverProblems = {};
    state.example = suggestClubCode(state.taken);
    render();
  });
  done.addEventListener('click', close);
  $('done').replaceChildren(
    el('p', { class: 'status ok', role: 'status' }, result.message),
    el('div', { class: 'actions' }, open, another, done),
  );
  $('done').hidden = false;
  open.focus();
}

function close(): void {
  window.google?.script.host?.close();
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !busy) close();
});

async function load(): Promise<void> {
  try {
    state = await call<AddClubState>('addClubState');
    L = (key, params) => fill(state.labels[key] ?? key, params);
    render();
  } catch (error) {
    $('app').replaceChildren(el('p', { class: 'status error', role: 'alert' }, String((error as Error).message ?? error)));
  }
}

void load();
