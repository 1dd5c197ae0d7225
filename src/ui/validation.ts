/**
 * The validation sidebar: the result of Kiểm tra dữ liệu grouped by tab and severity with counts,
 * each problem a button that selects its cell, one-click fixes for the suggestions that only change
 * how a value is written ("Nu" → "Nữ"), and each club's standard explained with its figures and
 * bounds. The menu opens it with the check's result embedded (#ishc-state, appended by
 * src/gas/pages.ts); "Kiểm tra lại" and the fixes call the server (validationCheck, validationFix).
 * Every text comes from the server in the user's language.
 */
import type { SafeFix } from '../core/validate/fixes';
import type { ValidationGroup, ValidationIssue, ValidationState, ValidationView } from '../core/validate/page';
import { call, el, fill } from './gas';

let state: ValidationState | undefined;
let view: ValidationView | null = null;
let L: (key: string, params?: Record<string, string | number>) => string = (key) => key;
let busy = false;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function adopt(next: ValidationState): void {
  state = next;
  L = (key, params) => fill(next.labels[key] ?? key, params);
  if (next.view) view = next.view;
  document.documentElement.lang = next.lang;
  document.title = L('validation.title');
}

function setStatus(text: string, tone: 'ok' | 'error' | '' = ''): void {
  const node = $('status');
  node.textContent = text;
  node.className = `status ${tone}`;
}

/** While the server works: every button off, a progress bar and its words. */
function setBusy(value: boolean, words = ''): void {
  busy = value;
  $('app').setAttribute('aria-busy', String(value));
  $('progress').hidden = !value;
  for (const b of document.querySelectorAll<HTMLButtonElement>('#app button')) b.disabled = value;
  if (value) setStatus(words);
}

function selectCell(sheet: string, a1: string): void {
  void call('pageSelectCell', { sheet, a1: a1 || 'A1' });
}

function issueItem(group: ValidationGroup, issue: ValidationIssue): HTMLElement {
  const item = el('li', { class: issue.severity });
  const where = issue.a1 || L('validation.goToSheet');
  const go = el(
    'button',
    { type: 'button', class: 'linklike cell', 'aria-label': `${L('validation.goTo', { a1: `${group.sheet}!${issue.a1 || 'A1'}` })}` },
    where,
  );
  go.addEventListener('click', () => selectCell(group.sheet, issue.a1));
  item.append(go, el('span', {}, issue.text));
  if (issue.fix) {
    const fix = issue.fix;
    const button = el('button', { type: 'button', class: 'fix' }, L('validation.fixTo', { value: String(fix.to) }));
    button.addEventListener('click', () => void applyFixes([fix]));
    item.append(button);
  }
  return item;
}

function groupBlock(group: ValidationGroup, open: boolean): HTMLElement {
  const block = el(
    'details',
    { class: 'group', 'data-sheet': group.sheet },
    el(
      'summary',
      {},
      `${group.title} `,
      el('span', { class: 'counts' }, L('validation.groupCounts', { errors: group.errors, warnings: group.warnings })),
    ),
  );
  (block as HTMLDetailsElement).open = open;
  if (group.fixes.length > 1) {
    const all = el(
      'button',
      { type: 'button', class: 'fixAll', title: L('validation.fixAllHelp') },
      L('validation.fixAll', { count: group.fixes.length }),
    );
    all.addEventListener('click', () => void applyFixes(group.fixes));
    block.append(all);
  }
  for (const severity of ['error', 'warning'] as const) {
    const issues = group.issues.filter((i) => i.severity === severity);
    const count = severity === 'error' ? group.errors : group.warnings;
    if (count === 0) continue;
    block.append(el('h3', { class: severity }, L(severity === 'error' ? 'validation.errors' : 'validation.warnings', { count })));
    const list = el('ul', { class: 'issues' });
    for (const issue of issues) list.append(issueItem(group, issue));
    block.append(list);
  }
  if (group.more > 0) block.append(el('p', { class: 'muted' }, L('validation.more', { count: group.more })));
  return block;
}

function standardsBlock(v: ValidationView): HTMLElement {
  const section = el('section', { id: 'standards', 'aria-labelledby': 'h-standards' });
  section.append(el('h2', { id: 'h-standards' }, L('validation.standards', { period: v.period })));
  if (v.standards.length === 0) section.append(el('p', { class: 'muted' }, L('validation.standardsNone')));
  for (const club of v.standards) {
    const title = [club.code, club.name].filter(Boolean).join(' – ');
    const tone = club.judged ? (club.met ? 'met' : 'missed') : 'muted';
    const block = el(
      'details',
      { class: 'club', 'data-club': club.code },
      el('summary', {}, `${title}: `, el('span', { class: tone }, club.summary)),
    );
    (block as HTMLDetailsElement).open = club.judged && !club.met;
    const list = el('ul', { class: 'criteria' });
    for (const row of club.rows) {
      const item = el(
        'li',
        { class: row.met ? 'met' : 'missed' },
        el('span', { class: 'mark', 'aria-hidden': 'true' }, row.met ? '✓' : '✗'),
        el('span', { class: 'text' }, row.text),
      );
      if (row.missing) item.append(el('span', { class: 'missing' }, row.missing));
      list.append(item);
    }
    if (club.rows.length > 0) block.append(list);
    section.append(block);
  }
  return section;
}

function render(): void {
  const app = $('app');
  app.replaceChildren();
  const summary = el('div', { class: 'summary' });
  const refresh = el('button', { type: 'button', id: 'refresh' }, L('validation.refresh'));
  refresh.addEventListener('click', () => void check());
  const v = view;
  const total = v ? v.errors + v.warnings : 0;
  summary.append(
    el(
      'strong',
      { id: 'totals' },
      v ? (total === 0 ? L('validation.none') : L('validation.totals', { errors: v.errors, warnings: v.warnings })) : '',
    ),
    refresh,
  );
  app.append(
    summary,
    el('progress', { id: 'progress', hidden: '', 'aria-label': L('validation.checking') }),
    el('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite', tabindex: '-1' }),
  );
  if (v)
    app.append(
      el(
        'p',
        { class: 'muted', id: 'checkedAt' },
        L('validation.checkedAt', { today: formatDay(v.today), date: v.periodEnd, period: v.period }),
      ),
    );
  if (state && state.structure.length > 0) {
    const box = el('div', { class: 'problems', role: 'alert', id: 'structure' }, el('strong', {}, L('validation.structure')));
    const list = el('ul');
    for (const line of state.structure) list.append(el('li', {}, line));
    box.append(list);
    app.append(box);
  }
  if (state && state.notices.length > 0) {
    const box = el('div', { class: 'note', id: 'notices' }, el('strong', {}, L('validation.notices')));
    for (const line of state.notices) box.append(el('p', {}, line));
    app.append(box);
  }
  if (v && v.groups.length > 0) {
    const section = el('section', { id: 'issues', 'aria-labelledby': 'h-issues' }, el('h2', { id: 'h-issues' }, L('validation.issues')));
    const openAll = v.groups.length <= 6;
    for (const group of v.groups) section.append(groupBlock(group, openAll || group.errors > 0));
    section.append(el('p', { class: 'muted' }, L('validation.sheetLink')));
    app.append(section);
  }
  if (v) app.append(standardsBlock(v));
  app.setAttribute('aria-busy', 'false');
}

/** yyyy-mm-dd → dd/mm/yyyy, as every date the add-on shows. */
const formatDay = (iso: string) => iso.split('-').reverse().join('/');

/** Shows a server answer: the new list when there is one, and its message. */
function show(result: ValidationState): void {
  adopt(result);
  render();
  if (result.message)
    setStatus(result.ok ? result.message : L('validation.failed', { message: result.message }), result.ok ? 'ok' : 'error');
}

async function check(): Promise<void> {
  if (busy) return;
  setBusy(true, L('validation.checking'));
  try {
    show(await call<ValidationState>('validationCheck'));
  } catch (error) {
    render();
    setStatus(L('validation.failed', { message: String((error as Error).message ?? error) }), 'error');
  } finally {
    setBusy(false);
  }
}

async function applyFixes(fixes: SafeFix[]): Promise<void> {
  if (busy) return;
  setBusy(true, L('validation.fixing'));
  try {
    const result = await call<ValidationState>('validationFix', { fixes });
    adopt(result);
    render();
    // A fix that went through says what it did; a refused one why (the list is already the new one).
    setStatus(result.message, result.ok ? 'ok' : 'error');
  } catch (error) {
    render();
    setStatus(L('validation.failed', { message: String((error as Error).message ?? error) }), 'error');
  } finally {
    setBusy(false);
    $('status').focus?.();
  }
}

/** The state the menu embedded (the check just ran), or a check of our own when opened without one. */
function start(): void {
  const embedded = document.getElementById('ishc-state');
  if (embedded?.textContent) {
    show(JSON.parse(embedded.textContent) as ValidationState);
    return;
  }
  // Opened without a result: the loading line (built in, both languages) and a progress bar while the check runs.
  $('app').append(
    el('progress', { id: 'progress', 'aria-labelledby': 'loading' }),
    el('p', { id: 'status', class: 'status', role: 'status' }),
  );
  void (async () => {
    try {
      const result = await call<ValidationState>('validationCheck');
      show(result);
    } catch (error) {
      $('app').replaceChildren(el('p', { class: 'status error', role: 'alert' }, String((error as Error).message ?? error)));
    }
  })();
}

// The menu appends its state after the page's own markup: read it once the whole document is parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
