/**
 * The leader dashboard sidebar: the ward's indicators against the phase target as bars (result
 * coloured by status, a mark at the target), each club's standard, and a button that opens Biểu đồ.
 * Everything it shows comes from the server (src/gas/pages.ts over core's output/dashboard.ts).
 */
import type { DashboardIndicator, DashboardState } from '../core/output/dashboard';
import { call, el, fill } from './gas';

let state: DashboardState;
let L: (key: string, params?: Record<string, string | number>) => string;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function indicatorRow(v: DashboardIndicator): HTMLElement {
  const item = el('li', { class: `indicator ${v.status}`, id: `ind-${v.id}` });
  item.append(el('div', { class: 'name' }, v.name));
  const bar = el('div', { class: 'bar', role: 'img', 'aria-label': [v.value, v.target, v.statusLabel].filter(Boolean).join(', ') });
  if (v.bar !== null) bar.append(el('span', { class: 'fill', style: `width:${(v.bar * 100).toFixed(1)}%` }));
  if (v.mark !== null) bar.append(el('span', { class: 'mark', style: `left:${(v.mark * 100).toFixed(1)}%` }));
  if (v.bar !== null || v.mark !== null) item.append(bar);
  const line = el('div', { class: 'figures' }, el('strong', {}, v.value));
  if (v.target) line.append(' · ', el('span', { class: 'muted' }, v.target));
  if (v.statusLabel) line.append(' ', el('span', { class: `tag ${v.status}` }, v.statusLabel));
  item.append(line);
  return item;
}

function render(): void {
  const app = $('app');
  app.replaceChildren();
  app.removeAttribute('aria-busy');
  document.documentElement.lang = state.lang;
  document.title = L('dashboard.title');
  if (state.problems.length > 0) {
    const box = el('div', { class: 'problems', role: 'alert', id: 'problems' });
    const list = el('ul');
    for (const p of state.problems) list.append(el('li', {}, p));
    box.append(list);
    app.append(box);
  }
  const open = el('button', { type: 'button', id: 'openCharts', class: 'primary' }, L('dashboard.openCharts'));
  if (!state.chartsTab) open.setAttribute('disabled', '');
  open.addEventListener('click', () => void call('dashboardOpenCharts'));
  const refresh = el('button', { type: 'button', id: 'refresh' }, L('dashboard.refresh'));
  refresh.addEventListener('click', () => void load());
  app.append(
    el('h2', { id: 'heading' }, state.heading),
    el('p', { class: 'muted', id: 'note' }, state.note),
    el('div', { class: 'actions' }, open, refresh),
  );
  if (!state.chartsTab) app.append(el('p', { class: 'muted', id: 'noCharts' }, L('dashboard.noCharts')));
  const indicators = el('ul', { class: 'indicators', id: 'indicators' });
  for (const v of state.indicators) indicators.append(indicatorRow(v));
  app.append(el('h2', {}, L('dashboard.indicators')), indicators);
  const clubs = el('ul', { class: 'clubs', id: 'clubs' });
  for (const c of state.clubs) {
    const sign = c.met === null ? '–' : c.met ? '✓' : '✗';
    clubs.append(
      el(
        'li',
        { class: c.met === null ? 'notJudged' : c.met ? 'met' : 'below' },
        el('span', { class: 'sign', 'aria-hidden': 'true' }, sign),
        el('strong', {}, c.code),
        ` ${c.name}`,
        el('br'),
        el('span', { class: 'muted' }, c.detail),
      ),
    );
  }
  app.append(el('h2', {}, L('dashboard.clubs')), clubs);
}

async function load(): Promise<void> {
  try {
    state = await call<DashboardState>('dashboardState');
    L = (key, params) => fill(state.labels[key] ?? key, params);
    render();
  } catch (error) {
    $('app').replaceChildren(el('p', { class: 'status error', role: 'alert' }, String((error as Error).message ?? error)));
  }
}

void load();
