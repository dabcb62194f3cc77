// Regions side by side: for two to six regions, their reports, sections and figures by year, and
// their most frequent themes, in one table each (GET /api/regions/compare).
import { compareRegions } from './api.js';
import { $, el, add } from './dom.js';
import { current } from './router.js';
import { loaded, setBusy, navLink } from './view.js';
import { toUrl } from './state.js';

const MIN = 2;
const MAX = 6;

export async function renderCompare() {
  const s = current();
  const out = $('compare-out');
  const status = $('compare-status');
  document.title = '地区对比 · 妇联工作报告检索';
  out.replaceChildren();
  setBusy(out, true, s);
  if (s.region.length < MIN || s.region.length > MAX) {
    status.textContent = `请在搜索页的地区筛选中选择 ${MIN} 到 ${MAX} 个地区，再点“对比这些地区”。`;
    setBusy(out, false, s);
    return;
  }
  status.textContent = '正在统计…';
  const regions = await loaded(compareRegions(s.region), s, out, status);
  if (!regions) return;
  status.textContent = '';
  $('compare-title').textContent = '地区对比：' + regions.map(r => r.region.name).join('、');
  out.append(el('h2', null, '按年份'), yearTable(regions), el('h2', null, '主要主题（段落数）'), themeTable(regions));
  setBusy(out, false, s);
}

function head(regions) {
  const tr = add(el('tr'), el('th', null, ''));
  for (const r of regions) {
    const th = el('th');
    th.scope = 'col';
    th.dataset.code = r.region.code;
    th.append(navLink(toUrl({ view: 'search', q: '', type: 'section', region: [r.region.code], year: [], theme: [], unit: [], page: 1 }),
      r.region.name));
    tr.append(th);
  }
  return add(el('thead'), tr);
}

function counts(c) {
  return c ? `${c.reports} 篇 · ${c.sections} 段 · ${c.achievements} 条数据` : '—';
}

function yearTable(regions) {
  const years = [...new Set(regions.flatMap(r => r.byYear.map(y => y.year)))].sort((a, b) => b - a);
  const body = el('tbody');
  const total = add(el('tr', 'total'), add(el('th', null, '合计'), null));
  total.firstChild.scope = 'row';
  for (const r of regions) total.append(el('td', null, counts(r.total)));
  body.append(total);
  for (const y of years) {
    const tr = el('tr');
    const th = el('th', null, y + '年');
    th.scope = 'row';
    tr.append(th);
    for (const r of regions) tr.append(el('td', null, counts(r.byYear.find(x => x.year === y))));
    body.append(tr);
  }
  return add(el('table', 'compare'), head(regions), body);
}

function themeTable(regions) {
  const labels = new Map();
  const sum = new Map();
  for (const r of regions) {
    for (const t of r.byTheme) {
      labels.set(t.value, t.label || t.value);
      sum.set(t.value, (sum.get(t.value) || 0) + t.sections);
    }
  }
  const themes = [...sum.keys()].sort((a, b) => sum.get(b) - sum.get(a)).slice(0, 8);
  const body = el('tbody');
  for (const t of themes) {
    const tr = el('tr');
    const th = el('th', null, labels.get(t));
    th.scope = 'row';
    tr.append(th);
    for (const r of regions) {
      const found = r.byTheme.find(x => x.value === t);
      tr.append(el('td', null, found ? found.sections : 0));
    }
    body.append(tr);
  }
  return add(el('table', 'compare'), head(regions), body);
}
