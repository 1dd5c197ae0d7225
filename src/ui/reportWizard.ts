/**
 * The report wizard sidebar: choose the report and period in words, write the narrative of that
 * period (saved into Nội dung báo cáo), make the Doc, then export the PDF from the edited Doc; the
 * problems that block a report and the report register are shown around it. Everything it shows
 * comes from the server (src/gas/pages.ts over core's report/wizard.ts), in the user's language.
 */
import type {
  WizardKind,
  WizardLockResult,
  WizardMakeResult,
  WizardPdfResult,
  WizardPeriod,
  WizardProblem,
  WizardRegisterRow,
  WizardSaveResult,
  WizardState,
} from '../core/report/wizard';
import { call, el, fill, link } from './gas';

let state: WizardState;
let L: (key: string, params?: Record<string, string | number>) => string;
/** The narrative as loaded or last saved, per section, for the chosen period. */
let savedTexts: Record<string, string> = {};
const made: { url: string; folderUrl: string; pdfUrl: string } = { url: '', folderUrl: '', pdfUrl: '' };
let busy = false;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function kind(): WizardKind {
  const id = $<HTMLSelectElement>('kind').value;
  return state.kinds.find((k) => k.id === id) ?? state.kinds[0];
}

function period(): WizardPeriod | undefined {
  const id = $<HTMLSelectElement>('period').value;
  return kind().periods.find((p) => p.id === id);
}

function setStatus(id: string, text: string, tone: 'ok' | 'error' | '' = ''): void {
  const node = $(id);
  node.textContent = text;
  node.className = `status ${tone}`;
}

function problemsBox(problems: WizardProblem[]): HTMLElement {
  const box = el('div', { class: 'problems', role: 'alert', id: 'problems' }, el('strong', {}, L('wizard.problems')));
  const list = el('ul');
  for (const p of problems) {
    const item = el('li', {}, p.text);
    if (p.sheet) {
      const go = el('button', { type: 'button', class: 'linklike' }, L('wizard.goToCell', { sheet: p.sheet, a1: p.a1 || 'A1' }));
      go.addEventListener('click', () => void call('pageSelectCell', { sheet: p.sheet, a1: p.a1 }));
      item.append(el('br'), go);
    }
    list.append(item);
  }
  box.append(list);
  return box;
}

function render(): void {
  const app = $('app');
  app.replaceChildren();
  document.documentElement.lang = state.lang;
  document.title = L('wizard.title');
  if (state.problems.length > 0) app.append(problemsBox(state.problems));

  app.append(
    el(
      'ol',
      { class: 'steps', id: 'steps', 'aria-label': L('wizard.title') },
      el('li', { id: 'step-choose' }, L('wizard.step.choose').replace(/^\d+\.\s*/, '')),
      el('li', { id: 'step-narrative' }, L('wizard.step.narrative').replace(/^\d+\.\s*/, '')),
      el('li', { id: 'step-make' }, L('wizard.step.make').replace(/^\d+\.\s*/, '')),
      el('li', { id: 'step-pdf' }, L('wizard.step.pdf').replace(/^\d+\.\s*/, '')),
      el('li', { id: 'step-lock' }, L('wizard.step.lock').replace(/^\d+\.\s*/, '')),
    ),
  );

  // 1. Kind and period.
  const kinds = el('select', { id: 'kind' });
  for (const k of state.kinds) kinds.append(el('option', { value: k.id }, k.title));
  kinds.value = state.defaultKind;
  app.append(
    el('h2', { id: 'h-choose' }, L('wizard.step.choose')),
    el('label', { for: 'kind' }, L('wizard.kind')),
    kinds,
    el('label', { for: 'period' }, L('wizard.period')),
    el('select', { id: 'period' }),
    el('p', { id: 'due', class: 'muted' }),
    el('div', { id: 'notEnded', class: 'note', hidden: '' }, el('span', { id: 'notEndedText' })),
  );
  const tick = el('input', { type: 'checkbox', id: 'provisional' });
  $('notEnded').append(el('label', { class: 'inline', for: 'provisional' }, tick, el('span', {}, L('wizard.provisional'))));

  // 2. Narrative.
  const narrative = el('section', { id: 'narrative' });
  narrative.append(el('p', { id: 'narrativeHelp', class: 'muted' }));
  for (const s of state.sections) {
    narrative.append(el('label', { for: `text-${s.list}` }, s.label), el('textarea', { id: `text-${s.list}`, rows: '3' }));
  }
  const save = el('button', { type: 'button', id: 'save' }, L('wizard.save'));
  narrative.append(save, el('p', { id: 'saveStatus', class: 'status', role: 'status', 'aria-live': 'polite' }));
  app.append(
    el('h2', { id: 'h-narrative' }, L('wizard.step.narrative')),
    el('p', { id: 'noNarrative', class: 'muted', hidden: '' }, L('wizard.narrativeNone')),
    narrative,
  );

  // 3. Make; 4. PDF.
  const make = el('button', { type: 'button', id: 'make', class: 'primary' }, L('wizard.make'));
  app.append(
    el('h2', { id: 'h-make' }, L('wizard.step.make')),
    make,
    el('p', { id: 'makeStatus', class: 'status', role: 'status', 'aria-live': 'polite' }),
    el('div', { id: 'docLinks', class: 'links' }),
    el('h2', { id: 'h-pdf' }, L('wizard.step.pdf')),
    el('p', { class: 'muted' }, L('wizard.pdfHelp')),
    el('button', { type: 'button', id: 'pdf' }, L('wizard.pdf')),
    el('p', { id: 'pdfStatus', class: 'status', role: 'status', 'aria-live': 'polite' }),
    el('div', { id: 'pdfLinks', class: 'links' }),
    el('h2', { id: 'h-lock' }, L('wizard.step.lock')),
    el('p', { class: 'muted' }, L('wizard.lockHelp')),
    el('p', { id: 'lockState', role: 'status', 'aria-live': 'polite' }),
    el('button', { type: 'button', id: 'lock' }),
    el(
      'div',
      { id: 'lockConfirm', class: 'note', hidden: '' },
      el('p', { id: 'lockQuestion' }),
      el('button', { type: 'button', id: 'lockYes', class: 'primary' }, L('wizard.confirm')),
      ' ',
      el('button', { type: 'button', id: 'lockNo' }, L('wizard.cancel')),
    ),
    el('p', { id: 'lockStatus', class: 'status', role: 'status', 'aria-live': 'polite' }),
    el('h2', { id: 'h-register' }, L('wizard.register')),
    el('ul', { id: 'register', class: 'register' }),
    el('button', { type: 'button', id: 'refresh' }, L('wizard.refresh')),
  );

  kinds.addEventListener('change', () => {
    fillPeriods();
    onPeriod();
  });
  $('period').addEventListener('change', onPeriod);
  tick.addEventListener('change', updateButtons);
  save.addEventListener('click', () => void saveNarrative());
  make.addEventListener('click', () => void makeReport());
  $('pdf').addEventListener('click', () => void exportPdf());
  $('lock').addEventListener('click', askLock);
  $('lockYes').addEventListener('click', () => void doLock());
  $('lockNo').addEventListener('click', () => {
    $('lockConfirm').hidden = true;
    $('lock').focus();
  });
  $('refresh').addEventListener('click', () => void load());
  fillPeriods();
  onPeriod();
  renderRegister(state.register);
  app.setAttribute('aria-busy', 'false');
}

function fillPeriods(): void {
  const select = $<HTMLSelectElement>('period');
  select.replaceChildren();
  const k = kind();
  for (const p of k.periods) select.append(el('option', { value: p.id }, p.label));
  select.value = k.defaultPeriod || k.periods[k.periods.length - 1]?.id || '';
}

function textsOf(periodId: string): Record<string, string> {
  const saved = state.narratives[periodId] ?? {};
  return Object.fromEntries(state.sections.map((s) => [s.value, saved[s.value] ?? '']));
}

function onPeriod(): void {
  const p = period();
  const k = kind();
  $('due').textContent = p?.due ? L('wizard.due', { date: p.due }) : '';
  const open = p !== undefined && !p.ended;
  $('notEnded').hidden = !open;
  $('notEndedText').textContent = p ? L('wizard.notEnded', { end: p.end }) : '';
  $<HTMLInputElement>('provisional').checked = false;
  $('noNarrative').hidden = !k.personal;
  $('narrative').hidden = k.personal;
  $('narrativeHelp').textContent = state.narrativeTable
    ? L('wizard.narrativeHelp', { period: p?.label ?? '' })
    : L('wizard.noNarrativeTab');
  // Without the tab there is nowhere to save: only the explanation shows.
  for (const node of $('narrative').querySelectorAll<HTMLElement>('label, textarea, #save')) node.hidden = !state.narrativeTable;
  savedTexts = p ? textsOf(p.id) : {};
  for (const s of state.sections) $<HTMLTextAreaElement>(`text-${s.list}`).value = savedTexts[s.value] ?? '';
  made.url = '';
  made.pdfUrl = '';
  $('docLinks').replaceChildren();
  $('pdfLinks').replaceChildren();
  setStatus('makeStatus', '');
  setStatus('pdfStatus', '');
  setStatus('saveStatus', '');
  setStatus('lockStatus', '');
  $('lockConfirm').hidden = true;
  updateButtons();
}

/** The chosen period's lock, if any (a damaged one included). */
const lockOfPeriod = (id: string | undefined) => state.locks.find((l) => l.period === id);
const isLocked = (id: string | undefined) => {
  const lock = lockOfPeriod(id);
  return lock !== undefined && !lock.damaged;
};

function renderLock(): void {
  const p = period();
  const lock = lockOfPeriod(p?.id);
  const line = $('lockState');
  if (lock && !lock.damaged) line.textContent = L('wizard.lockedAt', { at: lock.at, by: lock.by || '—' });
  else if (lock) line.textContent = L('wizard.lockDamaged', { at: lock.at });
  else line.textContent = p && !p.ended ? `${L('wizard.notLocked')} ${L('wizard.lockNotEnded')}` : L('wizard.notLocked');
  $('lock').textContent = isLocked(p?.id) ? L('wizard.unlock') : L('wizard.lock');
}

function askLock(): void {
  const p = period();
  if (!p) return;
  $('lockQuestion').textContent = L(isLocked(p.id) ? 'wizard.unlockConfirm' : 'wizard.lockConfirm', { period: p.label });
  $('lockConfirm').hidden = false;
  $('lockYes').focus();
}

async function doLock(): Promise<void> {
  const p = period();
  if (!p) return;
  const unlock = isLocked(p.id);
  $('lockConfirm').hidden = true;
  setBusy(true);
  setStatus('lockStatus', L('wizard.locking'));
  try {
    const result = await call<WizardLockResult>('wizardLock', { period: p.id, unlock });
    state.locks = result.locks;
    setStatus('lockStatus', result.ok ? result.message : L('wizard.failed', { message: result.message }), result.ok ? 'ok' : 'error');
  } catch (error) {
    setStatus('lockStatus', L('wizard.failed', { message: String((error as Error).message ?? error) }), 'error');
  } finally {
    setBusy(false);
    $('lock').focus();
  }
}

function currentTexts(): Record<string, string> {
  return Object.fromEntries(state.sections.map((s) => [s.value, $<HTMLTextAreaElement>(`text-${s.list}`).value]));
}

const changed = () => state.sections.some((s) => (currentTexts()[s.value] ?? '').trim() !== (savedTexts[s.value] ?? '').trim());

function updateButtons(): void {
  const p = period();
  const blocked = state.problems.length > 0;
  const needTick = p !== undefined && !p.ended && !$<HTMLInputElement>('provisional').checked;
  $<HTMLButtonElement>('make').disabled = busy || blocked || !p || needTick;
  $<HTMLButtonElement>('save').disabled = busy || !state.narrativeTable || !p;
  $<HTMLButtonElement>('pdf').disabled = busy || !p;
  $<HTMLButtonElement>('lock').disabled = busy || !p || (!p.ended && !isLocked(p.id));
  renderLock();
  if (needTick && !busy && !made.url) setStatus('makeStatus', L('wizard.needProvisional'));
  else if (!busy && !made.url && $('makeStatus').textContent === L('wizard.needProvisional')) setStatus('makeStatus', '');
  const steps: Array<[string, boolean]> = [
    ['choose', p !== undefined],
    ['narrative', kind().personal || (!changed() && Object.values(savedTexts).some((t) => t.trim() !== ''))],
    ['make', made.url !== ''],
    ['pdf', made.pdfUrl !== ''],
    ['lock', isLocked(p?.id)],
  ];
  let current = false;
  for (const [id, done] of steps) {
    const item = $(`step-${id}`);
    item.className = done ? 'done' : current ? '' : 'current';
    $(`h-${id}`).className = done ? 'done' : '';
    if (!done && !current) {
      current = true;
      item.setAttribute('aria-current', 'step');
    } else item.removeAttribute('aria-current');
  }
}

function setBusy(value: boolean): void {
  busy = value;
  $('app').setAttribute('aria-busy', String(value));
  updateButtons();
}

async function saveNarrative(quietIfUnchanged = false): Promise<boolean> {
  const p = period();
  if (!p || kind().personal || !state.narrativeTable) return true;
  if (quietIfUnchanged && !changed()) return true;
  setBusy(true);
  setStatus('saveStatus', L('wizard.saving'));
  try {
    const result = await call<WizardSaveResult>('wizardSaveNarrative', { period: p.id, texts: currentTexts() });
    if (!result.ok) {
      setStatus('saveStatus', L('wizard.failed', { message: result.message }), 'error');
      return false;
    }
    state.narratives = result.narratives;
    savedTexts = textsOf(p.id);
    for (const s of state.sections) $<HTMLTextAreaElement>(`text-${s.list}`).value = savedTexts[s.value] ?? '';
    setStatus('saveStatus', result.message, 'ok');
    return true;
  } catch (error) {
    setStatus('saveStatus', L('wizard.failed', { message: String((error as Error).message ?? error) }), 'error');
    return false;
  } finally {
    setBusy(false);
  }
}

async function makeReport(): Promise<void> {
  const p = period();
  if (!p) return;
  if (!(await saveNarrative(true))) return;
  setBusy(true);
  setStatus('makeStatus', L('wizard.making'));
  $('docLinks').replaceChildren();
  try {
    const result = await call<WizardMakeResult>('wizardMakeReport', {
      kind: kind().id,
      period: p.id,
      provisional: $<HTMLInputElement>('provisional').checked,
    });
    renderRegister(result.register);
    if (!result.ok) {
      setStatus('makeStatus', L('wizard.failed', { message: result.message }), 'error');
      return;
    }
    made.url = result.url;
    made.folderUrl = result.folderUrl;
    setStatus('makeStatus', result.message, 'ok');
    $('docLinks').replaceChildren(link(result.url, L('wizard.openDoc')), link(result.folderUrl, L('wizard.openFolder')));
  } catch (error) {
    setStatus('makeStatus', L('wizard.failed', { message: String((error as Error).message ?? error) }), 'error');
  } finally {
    setBusy(false);
  }
}

async function exportPdf(): Promise<void> {
  const p = period();
  if (!p) return;
  setBusy(true);
  setStatus('pdfStatus', L('wizard.exporting'));
  $('pdfLinks').replaceChildren();
  try {
    const result = await call<WizardPdfResult>('wizardExportPdf', { kind: kind().id, period: p.id });
    renderRegister(result.register);
    if (!result.ok) {
      setStatus('pdfStatus', L('wizard.failed', { message: result.message }), 'error');
      return;
    }
    made.pdfUrl = result.url;
    setStatus('pdfStatus', result.message, 'ok');
    $('pdfLinks').replaceChildren(link(result.url, L('wizard.openPdf')));
  } catch (error) {
    setStatus('pdfStatus', L('wizard.failed', { message: String((error as Error).message ?? error) }), 'error');
  } finally {
    setBusy(false);
  }
}

function renderRegister(rows: WizardRegisterRow[]): void {
  const list = $('register');
  list.replaceChildren();
  if (rows.length === 0) list.append(el('li', { class: 'muted' }, L('wizard.registerEmpty')));
  for (const r of rows) {
    const item = el('li', {}, el('strong', {}, `${r.kind} – ${r.period}`));
    if (r.provisional) item.append(' ', el('span', { class: 'tag' }, L('wizard.registerProvisional')));
    item.append(el('br'), el('span', { class: 'muted' }, r.created));
    const links = el('div', { class: 'links' }, link(r.doc, L('wizard.openDoc')));
    if (r.pdf) links.append(link(r.pdf, L('wizard.openPdf')));
    item.append(links);
    list.append(item);
  }
}

async function load(): Promise<void> {
  try {
    state = await call<WizardState>('wizardState');
    L = (key, params) => fill(state.labels[key] ?? key, params);
    render();
    // Opened from the menu's Chốt số liệu: straight to the lock step.
    const focus = document.querySelector('meta[name="ishc-focus"]');
    const wanted = focus?.getAttribute('content') ?? '';
    focus?.remove();
    // A report kind's menu item: that kind, its default period; the officer picks another in words.
    const kindItem = /^kind-(.+)$/.exec(wanted);
    if (kindItem && state.kinds.some((k) => k.id === kindItem[1])) {
      $<HTMLSelectElement>('kind').value = kindItem[1];
      fillPeriods();
      onPeriod();
      $('period').focus();
    }
    if (wanted === 'pdf') {
      $('h-pdf').scrollIntoView();
      $('pdf').focus();
    }
    if (wanted === 'lock') {
      // A period still running cannot be locked: offer the kind's latest ended one.
      const ended = kind()
        .periods.filter((p) => p.ended)
        .at(-1);
      if (!period()?.ended && ended) {
        $<HTMLSelectElement>('period').value = ended.id;
        onPeriod();
      }
      $('h-lock').scrollIntoView();
      ($<HTMLButtonElement>('lock').disabled ? $('period') : $('lock')).focus();
    }
  } catch (error) {
    $('app').replaceChildren(el('p', { class: 'status error', role: 'alert' }, String((error as Error).message ?? error)));
  }
}

void load();
