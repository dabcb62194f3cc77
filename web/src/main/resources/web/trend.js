// Figures over time: for an achievements search in a unit, the sum of its figures by year (an SVG
// bar chart drawn here, no chart library) and by region; each bar or region narrows the search to
// its sentences, and the CSV of the view exports them.
import { figureTrend } from './api.js';
import { $, el, add, figureText } from './dom.js';
import { searchParams } from './state.js';
import { current, navigate, withChange } from './router.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 640;
const H = 160;
const BOTTOM = 20;

function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** Shows the chart for achievements searches with a unit chosen; hides it otherwise. */
export async function renderTrend(s) {
  const box = $('trend');
  if (s.type !== 'achievement' || !s.unit.length) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  box.hidden = false;
  box.dataset.state = 'loading';
  const params = searchParams({ ...s, page: 1, sort: '' }, false);
  params.delete('type');
  let t;
  try {
    t = await figureTrend(params);
  } catch (e) {
    if (e.name === 'AbortError' || current() !== s) return;
    box.replaceChildren(el('p', 'status', e.message || '暂时无法统计数字'));
    box.dataset.state = 'error';
    return;
  }
  if (current() !== s) return;
  const unit = s.unit[0]; // the API sums every unit of the group in it (万元 figures as 元)
  box.replaceChildren(el('h2', null, `数字趋势：按年份合计（单位：${s.unit.join('、')}，${t.total} 条语句）`));
  if (t.byYear.length) box.append(yearChart(t.byYear, unit, s));
  if (t.byRegion.length) box.append(regionList(t.byRegion.slice(0, 10), unit, s));
  if (!t.byYear.length && !t.byRegion.length) box.append(el('p', 'status', '没有可统计的数字。'));
  box.dataset.state = 'done';
}

function yearChart(points, unit, s) {
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'trend-chart' });
  chart.setAttribute('aria-label', '按年份的数字合计');
  const max = Math.max(...points.map(p => p.sum || 0), 1);
  const step = W / points.length;
  points.forEach((p, i) => {
    const h = Math.max(2, Math.round(((p.sum || 0) / max) * (H - BOTTOM - 14)));
    const g = svg('g', { class: 'point', tabindex: 0, role: 'button', 'data-year': p.key });
    const text = `${p.label || p.key}：合计 ${figureText({ value: p.sum, unit })}，${p.hits} 条语句，最大 ${figureText({ value: p.max, unit })}`;
    g.setAttribute('aria-label', text);
    const title = svg('title', {});
    title.textContent = text;
    const x = i * step + step * 0.15;
    g.append(title,
      svg('rect', { x, y: H - BOTTOM - h, width: step * 0.7, height: h, rx: 2 }),
      add(svg('text', { x: x + step * 0.35, y: H - 5, 'text-anchor': 'middle' }), String(p.key)));
    const go = () => navigate(withChange({ year: [String(p.key)] }));
    g.addEventListener('click', go);
    g.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
    chart.append(g);
  });
  return chart;
}

function regionList(points, unit, s) {
  const ul = el('ul', 'trend-regions');
  for (const p of points) {
    const b = el('button', 'trend-region', p.label || p.key);
    b.type = 'button';
    b.dataset.region = p.key;
    b.append(el('span', 'count', `合计 ${figureText({ value: p.sum, unit })} · ${p.hits} 条`));
    b.addEventListener('click', () => navigate(withChange({ region: [p.key] })));
    ul.append(add(el('li'), b));
  }
  return add(el('div'), el('h3', null, '按地区'), ul);
}
