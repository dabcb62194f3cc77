// The search view: hits (sections or achievements), chips, facets (regions, years, themes), units, pages.
import { search, themeLabels, regionTree, regionReports, ApiError } from './api.js';
import { $, el, add, snippet, yearsText, sourceLink } from './dom.js';
import { MULTI, PAGE_SIZE, MAX_PAGE, searchParams, toUrl } from './state.js';
import { current, navigate, withChange } from './router.js';
import { failed, setBusy, setFailed, hideBanner, navLink, reportLink } from './view.js';
import { achievementItem } from './achievements.js';
import { treeItem } from './tree.js';
import { regionFinder } from './regions.js';
import { renderTrend } from './trend.js';

const FILTER_NAMES = { region: '地区', year: '年份', theme: '主题', unit: '单位' };

export async function renderSearch() {
  const s = current();
  const achievements = s.type === 'achievement';
  for (const b of document.querySelectorAll('.tabs [role=tab]')) {
    const on = b.dataset.type === s.type;
    b.setAttribute('aria-selected', String(on));
    b.tabIndex = on ? 0 : -1;
  }
  const sort = $('sort');
  sort.querySelector('option[value=value]').hidden = !achievements;
  sort.value = s.sort && (s.sort !== 'value' || achievements) ? s.sort : '';
  $('csv').href = '/api/export.csv?' + searchParams(s, false).toString();
  $('units').hidden = !achievements;
  document.title = (s.q ? s.q + ' · ' : '') + '妇联工作报告检索';

  const list = $('results');
  const status = $('status');
  setBusy(list, true, s);
  status.textContent = '正在搜索…';
  delete status.dataset.code;
  const params = searchParams(s);
  params.set('size', String(PAGE_SIZE));
  // chips name their filters at once, with labels (theme ids, region codes) once those are known
  const labels = await filterLabels(s.region);
  if (current() !== s) return;
  renderChips($('chips'), s, labels);
  renderTrend(s);
  let body;
  try {
    body = await search(params, true);
  } catch (e) {
    if (failed(e, status)) return;
    if (e instanceof ApiError) status.textContent = ''; // the box below says it, with a way out
    list.replaceChildren();
    $('pager').replaceChildren();
    $('view-search').classList.add('stale');
    renderFailure(e, s, labels);
    setFailed(list, s);
    return;
  }
  if (current() !== s) return;
  hideBanner();
  $('view-search').classList.remove('stale');
  const { hits, total } = body;
  list.replaceChildren(...hits.map(h => achievements ? achievementHit(h, s, labels) : sectionHit(h, s, labels)));
  list.start = (s.page - 1) * PAGE_SIZE + 1;
  const pages = pageCount(total);
  status.textContent = total
    ? `${body.timedOut ? '至少' : '共'} ${total.toLocaleString('zh-CN')} 条${achievements ? '数据' : '段落'}` + (body.tookMs != null ? `（${body.tookMs} 毫秒）` : '')
    : '';
  status.dataset.total = String(total);
  renderPartial(body.query.partial && hits.length > 0);
  renderTimedOut(body.timedOut === true);
  renderEmpty(total, pages, s, labels);
  renderFacets(body.facets, s, labels);
  renderUnits(body.facets.unit, s);
  renderPager(pages, s);
  setBusy(list, false, s);
}

/** Everything a chip or a facet row needs to show a label instead of a raw value. */
async function filterLabels(regionValues) {
  const [themes, tree] = await Promise.all([themeLabels(), regionTree().catch(() => [])]);
  const finder = regionFinder(tree);
  // a value the tree cannot place (a short form: 延边州) is read by the API, which names the region it means
  const unknown = regionValues.filter(v => !finder.find(v));
  const codes = new Map(await Promise.all(unknown.map(async v => [v, await regionCodeOf(v)])));
  const find = v => finder.find(v) || (codes.get(v) ? finder.find(codes.get(v)) : null);
  return { themes, regions: { find, same: (v, n) => { const f = find(v); return !!f && f.code === n.code; } } };
}

const regionCodes = new Map(); // a region value → the code the API reads it as (null: none, or several)

async function regionCodeOf(value) {
  if (!regionCodes.has(value)) {
    let code = null;
    try {
      code = (await regionReports(value, 1, 1)).region.code;
    } catch (e) {
      code = null; // unknown or ambiguous: the search itself says so
    }
    regionCodes.set(value, code);
  }
  return regionCodes.get(value);
}

function pageCount(total) {
  return Math.min(Math.ceil(total / PAGE_SIZE), MAX_PAGE);
}

function sectionHit(h, s, labels) {
  const li = el('li', 'hit');
  const title = el('h3');
  title.append(reportLink(h.reportId, h.heading || h.reportTitle, h.type === 'section' ? h.id : h.sectionId, s.q));
  li.append(title);
  const p = el('p', 'snippet');
  p.append(snippet(h.snippet || ''));
  li.append(p, metaLine(h, s, labels));
  return li;
}

/** An all-words query answered only in part: say so above the hits, and what each hit lacks. */
function renderPartial(partial) {
  const box = $('partial');
  box.hidden = !partial;
  box.textContent = partial ? '没有同时包含全部词语的结果，下面是最接近的部分相符结果。' : '';
}

function renderTimedOut(timedOut) {
  const box = $('timed-out');
  box.hidden = !timedOut;
  box.textContent = timedOut ? '检索超时：下面是在时限内找到的结果，总数和各项计数可能偏少。请缩小范围（地区、年份、主题）或稍后再试。' : '';
}

function achievementHit(h, s, labels) {
  return achievementItem(h, { regionPath: h.regionPath, region: h.region, title: h.reportTitle, source: h.source },
    metaLine(h, s, labels));
}

function metaLine(h, s, labels) {
  const meta = el('p', 'meta');
  const rp = (h.regionPath.length ? h.regionPath : [h.region]).filter(Boolean);
  add(meta,
    h.missingTerms.length ? el('span', 'missing', '缺少：' + h.missingTerms.join('、')) : null,
    rp.length ? el('span', 'region', rp.join(' › ')) : null,
    h.years.length ? el('span', 'years', yearsText(h.years)) : null,
    h.heading && h.reportTitle ? reportLink(h.reportId, '《' + h.reportTitle + '》', h.sectionId || '', s.q) : null,
    ...h.themes.map(t => el('span', 'tag', labels.themes.get(t) || t)),
    sourceLink(h.source));
  return meta;
}

// ----- chips: every chosen filter, removable -----

function chipLabel(k, v, labels) {
  if (k === 'theme') return labels.themes.get(v) || v;
  if (k === 'year') return v + '年';
  if (k === 'region') {
    const n = labels.regions.find(v);
    return n ? n.query || n.name : v;
  }
  return v;
}

function renderChips(box, s, labels, withClear = true) {
  box.replaceChildren();
  let n = 0;
  for (const k of MULTI) {
    if (k === 'unit' && s.type !== 'achievement') continue;
    for (const v of s[k]) {
      n++;
      const label = chipLabel(k, v, labels);
      const chip = el('button', 'chip');
      chip.type = 'button';
      chip.dataset.facet = k;
      chip.dataset.value = v;
      chip.setAttribute('aria-label', `去掉筛选 ${FILTER_NAMES[k]}：${label}`);
      add(chip, el('span', 'chip-k', FILTER_NAMES[k]), el('span', null, label), el('span', 'x', '×'));
      chip.addEventListener('click', () => navigate(withChange({ [k]: s[k].filter(x => x !== v) })));
      box.append(chip);
    }
  }
  if (withClear && s.region.length >= 2 && s.region.length <= 6) {
    box.append(navLink(toUrl({ view: 'compare', region: s.region }), '对比这些地区', 'button compare-link'));
  }
  if (n && withClear) {
    const clear = el('button', 'clear', '清除全部');
    clear.type = 'button';
    clear.addEventListener('click', () => navigate(withChange({ region: [], year: [], theme: [], unit: [] })));
    box.append(clear);
  }
  return n;
}

// ----- nothing to show: no hits, a page past the end, a refused request -----

function renderEmpty(total, pages, s, labels) {
  const box = $('empty');
  box.replaceChildren();
  box.hidden = total > 0 && s.page <= pages;
  if (box.hidden) return;
  if (total > 0) {
    box.dataset.reason = 'past-end';
    box.append(el('h2', null, `没有第 ${s.page} 页`),
      el('p', null, `这次搜索共 ${pages} 页结果。`),
      add(el('p'), navLink(toUrl({ ...s, page: pages }), `去最后一页（第 ${pages} 页）`, 'button last-page')));
    return;
  }
  box.dataset.reason = 'none';
  box.append(el('h2', null, '没有找到'));
  box.append(el('p', null, s.q ? `没有与“${s.q}”相符的${s.type === 'achievement' ? '数据' : '段落'}。` : '当前筛选下没有内容。'));
  const chips = el('div', 'chips');
  if (renderChips(chips, s, labels, true)) {
    box.append(el('p', null, '可以去掉下面的筛选再试：'), chips);
  } else if (s.q) {
    box.append(el('p', null, '试试更短的关键词，或换个说法（如“家庭教育”“两癌筛查”“创业贷款”）。'));
  }
  if (s.type === 'achievement') {
    box.append(add(el('p'), navLink(toUrl({ ...s, type: 'section', unit: [], page: 1 }), '在段落中搜索')));
  }
}

function renderFailure(e, s, labels) {
  const box = $('empty');
  box.replaceChildren();
  box.hidden = !(e instanceof ApiError);
  if (box.hidden) return;
  box.dataset.reason = e.code || 'error';
  box.append(el('h2', null, '无法显示结果'), el('p', 'error-message', e.message));
  if (e.reason === 'ambiguous_region' && e.choices.length) box.append(regionChoices(e.choices, s));
  const chips = el('div', 'chips');
  if (renderChips(chips, s, labels, true)) box.append(el('p', null, '当前的筛选：'), chips);
  box.append(add(el('p'), navLink(toUrl({ view: 'search', q: s.q, type: s.type, region: [], year: [], theme: [], unit: [], page: 1 }),
    '清除筛选，重新搜索', 'button')));
}

/** A region name several regions share: one link per region, each replacing the name with its code. */
function regionChoices(choices, s) {
  const names = new Set(choices.flatMap(c => [c.name, c.query]));
  const shared = s.region.find(v => names.has(v)) || s.region.find(v => !/^\d+$/.test(v));
  const list = el('ul', 'choices');
  for (const c of choices) {
    const region = s.region.map(v => (v === shared ? c.code : v));
    list.append(add(el('li'), navLink(toUrl({ ...s, region, page: 1 }), c.path.join(' › ') || c.name, 'choice')));
  }
  return add(el('div', 'region-choices'), el('p', null, `“${shared}”是几个地区共有的名称，请选择其中一个：`), list);
}

// ----- facets -----

function toggle(list, v) {
  return list.includes(v) ? list.filter(x => x !== v) : [...list, v];
}

const openRegions = new Set();
let showAllRegions = false;

function renderFacets(facets, s, labels) {
  renderRegionFacet(facets.region, s, labels);
  renderYearFacet(facets.year, s);
  renderThemeFacet(facets.theme, s, labels);
}

/**
 * The region facet as a tree keyed by code (names repeat: 鼓楼区, hundreds of 城关镇). A row's
 * value is its query, the filter value that names it alone; a region chosen under another name
 * (its code, a path) ticks the same row, and one the facet does not list is added only when the
 * region tree knows it (a short form it cannot place stays a chip, never a phantom row).
 */
function renderRegionFacet(entries, s, labels) {
  const nodes = new Map();
  for (const e of entries) {
    nodes.set(e.code, { key: e.code, code: e.code, name: String(e.value), query: e.query || String(e.value),
      path: e.path, count: e.count, level: e.level, parent: e.parent, children: [] });
  }
  for (const v of s.region) {
    const known = labels.regions.find(v);
    if (known && !nodes.has(known.code)) {
      nodes.set(known.code, { key: known.code, code: known.code, name: known.name, query: known.query || known.name,
        path: known.path, count: 0, level: known.level, parent: null, children: [] });
    }
  }
  for (const n of nodes.values()) if (n.parent && nodes.has(n.parent)) nodes.get(n.parent).children.push(n);
  const roots = [...nodes.values()].filter(n => !n.parent || !nodes.has(n.parent));
  const chosenAs = n => s.region.find(v => v === n.code || v === n.query || labels.regions.same(v, n));
  for (const n of nodes.values()) {
    if (!chosenAs(n)) continue;
    for (let p = nodes.get(n.parent); p; p = nodes.get(p.parent)) openRegions.add(p.key);
  }
  if (roots.length === 1) openRegions.add(roots[0].key);
  const box = $('f-region');
  const sorted = sortNodes(roots);
  const holdsChosen = n => !!chosenAs(n) || n.children.some(holdsChosen);
  const shown = showAllRegions || sorted.length <= 8 ? sorted : sorted.filter((n, i) => i < 6 || holdsChosen(n));
  const row = n => {
    const as = chosenAs(n);
    // the code names the region alone (普陀区 is in 上海 and in 舟山); the row shows the name
    return checkLabel('region', n.code, n.name, n.count, !!as,
      () => navigate(withChange({ region: as ? s.region.filter(x => x !== as) : [...s.region, n.code] })));
  };
  box.replaceChildren(...shown.map(n => treeItem(n, { key: n => n.key, row, children: n => sortNodes(n.children), open: openRegions })));
  box.dataset.rows = String(nodes.size);
  if (!roots.length) box.append(el('li', 'none', '—'));
  if (shown.length < sorted.length || (showAllRegions && sorted.length > 8)) {
    const more = el('button', 'more', showAllRegions ? '收起' : `显示全部 ${sorted.length} 个`);
    more.type = 'button';
    more.setAttribute('aria-expanded', String(showAllRegions));
    more.addEventListener('click', () => {
      showAllRegions = !showAllRegions;
      renderRegionFacet(entries, s, labels);
      $('f-region').querySelector('.more').focus();
    });
    box.append(add(el('li'), more));
  }
}

/** Most content first, then by name; 地区不详 (level unknown) always last, after every real region. */
function sortNodes(list) {
  const unknown = n => (n.level === 'unknown' ? 1 : 0);
  return [...list].sort((a, b) => unknown(a) - unknown(b) || (b.count || 0) - (a.count || 0)
    || a.name.localeCompare(b.name, 'zh-CN'));
}

function checkLabel(facet, value, text, count, checked, onChange) {
  const label = el('label', 'check');
  const box = el('input');
  box.type = 'checkbox';
  box.checked = checked;
  box.dataset.facet = facet;
  box.dataset.value = value;
  box.addEventListener('change', onChange);
  add(label, box, el('span', 'name', text), count !== null && count !== undefined ? el('span', 'count', count) : null);
  return label;
}

/** Years as bars on one axis: a gap mark where years are missing between two shown, always fitting the column. */
function renderYearFacet(entries, s) {
  const box = $('f-year');
  const years = entries.map(e => ({ value: String(e.value), count: e.count || 0 }));
  for (const y of s.year) if (!years.some(e => e.value === y)) years.push({ value: y, count: 0 });
  years.sort((a, b) => a.value.localeCompare(b.value));
  const max = Math.max(1, ...years.map(y => y.count));
  box.replaceChildren();
  box.classList.toggle('dense', years.length > 10);
  years.forEach((y, i) => {
    const before = i > 0 ? Number(years[i - 1].value) : null;
    if (before !== null && Number(y.value) - before > 1) {
      const gap = el('span', 'gap', '⋯');
      gap.title = `${before + 1}–${Number(y.value) - 1}年没有内容`;
      gap.setAttribute('aria-hidden', 'true');
      box.append(gap);
    }
    const on = s.year.includes(y.value);
    const b = el('button', 'bar');
    b.type = 'button';
    b.dataset.value = y.value;
    b.setAttribute('aria-pressed', String(on));
    b.setAttribute('aria-label', `${y.value}年，${y.count} 条`);
    b.title = `${y.value}年：${y.count} 条`;
    const track = el('span', 'track');
    const fill = el('span', 'fill');
    fill.style.height = Math.max(4, Math.round((y.count / max) * 100)) + '%'; // CSSOM: allowed by the CSP
    track.append(fill);
    add(b, el('span', 'n', y.count), track, el('span', 'y', "'" + y.value.slice(-2)));
    b.addEventListener('click', () => navigate(withChange({ year: toggle(s.year, y.value) })));
    box.append(b);
  });
  if (!years.length) box.append(el('span', 'none', '—'));
}

function renderThemeFacet(entries, s, labels) {
  const box = $('f-theme');
  const list = entries.map(e => ({ value: String(e.value), label: e.label || labels.themes.get(e.value) || e.value, count: e.count }));
  for (const t of s.theme) if (!list.some(e => e.value === t)) list.push({ value: t, label: labels.themes.get(t) || t, count: 0 });
  box.replaceChildren(...list.map(t => add(el('li'), checkLabel('theme', t.value, t.label, t.count, s.theme.includes(t.value),
    () => navigate(withChange({ theme: toggle(s.theme, t.value) }))))));
  if (!list.length) box.append(el('li', 'none', '—'));
}

/** The unit facet (counted over all hits, units read together as one: 人 with 名 and 位), plus those chosen. */
function renderUnits(entries, s) {
  const box = $('units');
  box.replaceChildren();
  if (s.type !== 'achievement') return;
  const units = entries.map(u => ({ value: String(u.value), label: u.label || String(u.value), count: u.count }));
  for (const u of s.unit) if (!units.some(x => x.value === u)) units.push({ value: u, label: u, count: 0 });
  if (!units.length) return;
  box.append(el('span', 'units-label', '单位'));
  for (const u of units) {
    const b = el('button', 'unit', u.label);
    b.type = 'button';
    b.dataset.value = u.value;
    b.setAttribute('aria-pressed', String(s.unit.includes(u.value)));
    if (u.count !== null) b.append(el('span', 'count', u.count));
    b.addEventListener('click', () => navigate(withChange({ unit: toggle(s.unit, u.value) })));
    box.append(b);
  }
}

// ----- pages -----

/** The page numbers to offer: the first, the last, and two either side of the current one. */
export function pageNumbers(page, pages) {
  const out = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= 2) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null); // a run left out: one ellipsis
  }
  return out;
}

function renderPager(pages, s) {
  const nav = $('pager');
  nav.replaceChildren();
  if (pages <= 1 || s.page > pages) return;
  const link = (page, text, rel, label) => {
    const a = navLink(toUrl({ ...s, page }), text, 'button');
    if (rel) a.rel = rel;
    if (label) a.setAttribute('aria-label', label);
    return a;
  };
  if (s.page > 1) nav.append(link(s.page - 1, '‹ 上一页', 'prev'));
  const numbers = el('span', 'numbers');
  for (const p of pageNumbers(s.page, pages)) {
    if (p === null) {
      numbers.append(el('span', 'ellipsis', '…'));
    } else if (p === s.page) {
      const here = el('span', 'current', p);
      here.setAttribute('aria-current', 'page');
      numbers.append(here);
    } else {
      const a = link(p, p, null, p === pages ? `最后一页，第 ${p} 页` : `第 ${p} 页`);
      a.classList.add('number');
      if (p === pages) a.classList.add('last');
      numbers.append(a);
    }
  }
  nav.append(numbers);
  if (s.page < pages) nav.append(link(s.page + 1, '下一页 ›', 'next'));
  nav.append(el('span', 'page-of', `第 ${s.page} / ${pages} 页`));
}
