// The page: search with facets, achievements, region browsing and report views.
// Every state lives in the URL (?q=&region=&year=&theme=&type=&unit=&sort=&page=, ?view=region&r=, ?view=report&id=).
import { getJson, listOf, themeLabels, regionTree, Unavailable, ApiError } from './api.js';
import { $, el, add, snippet, emphasise, figureText, yearsText, dateText, sourceLink } from './dom.js';

const MULTI = ['region', 'year', 'theme', 'unit'];
const FILTER_NAMES = { region: '地区', year: '年份', theme: '主题', unit: '单位' };
const PAGE_SIZE = 10;

// ---------- state and URL ----------

function parseUrl(search) {
  const p = new URLSearchParams(search);
  const s = {
    view: ['region', 'report'].includes(p.get('view')) ? p.get('view') : 'search',
    q: p.get('q') || '',
    type: p.get('type') === 'achievement' ? 'achievement' : 'section',
    sort: p.get('sort') || '',
    page: Math.max(1, parseInt(p.get('page'), 10) || 1),
    r: p.get('r') || '',
    id: p.get('id') || '',
  };
  for (const k of MULTI) s[k] = [...new Set(p.getAll(k).filter(Boolean))];
  return s;
}

/** The API parameters of a search state (also the CSV export's). */
function searchParams(s, withPage = true) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.type === 'achievement') p.set('type', 'achievement');
  for (const k of ['region', 'year', 'theme']) for (const v of s[k]) p.append(k, v);
  if (s.type === 'achievement') for (const v of s.unit) p.append('unit', v);
  if (s.sort && (s.sort !== 'value' || s.type === 'achievement')) p.set('sort', s.sort);
  if (withPage && s.page > 1) p.set('page', String(s.page));
  return p;
}

function toUrl(s) {
  let p;
  if (s.view === 'region') {
    p = new URLSearchParams({ view: 'region' });
    if (s.r) p.set('r', s.r);
  } else if (s.view === 'report') {
    p = new URLSearchParams({ view: 'report', id: s.id });
  } else {
    p = searchParams(s);
  }
  const qs = p.toString();
  return '/' + (qs ? '?' + qs : '');
}

let state = parseUrl(location.search);
let typing = false; // a run of keystrokes replaces one history entry instead of pushing many

function navigate(next, { replace = false } = {}) {
  const url = toUrl(next);
  if (replace) history.replaceState(null, '', url);
  else if (url !== location.pathname + location.search) history.pushState(null, '', url);
  render(next);
}

function withChange(change) {
  return { ...state, page: 1, ...change };
}

// ---------- banner ----------

function showBanner(message) {
  $('banner-text').textContent = message + '。请稍后重试。';
  $('banner').hidden = false;
  document.body.dataset.api = 'down';
}

function hideBanner() {
  $('banner').hidden = true;
  document.body.dataset.api = 'up';
}

/** Common handling of a failed request; returns true when the caller should stop quietly. */
function failed(e, statusEl) {
  if (e.name === 'AbortError') return true;
  if (e instanceof Unavailable) {
    showBanner(e.message);
    statusEl.textContent = '暂时无法获取结果';
  } else if (e instanceof ApiError) {
    hideBanner();
    statusEl.textContent = e.message;
  } else {
    showBanner('页面出错：' + e.message);
    statusEl.textContent = '';
  }
  return false;
}

// ---------- rendering ----------

function render(next) {
  const viewChanged = next.view !== state.view;
  state = next;
  document.body.dataset.view = state.view;
  for (const v of ['search', 'region', 'report']) $('view-' + v).hidden = v !== state.view;
  for (const a of document.querySelectorAll('.views a')) {
    if (a.dataset.view === state.view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (document.activeElement !== $('q') || !typing) $('q').value = state.q;
  if (state.view === 'search') renderSearch();
  else if (state.view === 'region') renderRegion(viewChanged);
  else renderReport();
}

/** Marks a view as loading or settled; data-for names the URL it shows (tests wait on it). */
function setBusy(box, busy, s) {
  box.setAttribute('aria-busy', String(busy));
  box.dataset.state = busy ? 'loading' : 'done';
  box.dataset.for = toUrl(s);
  box.classList.toggle('loading', busy);
}

function setFailed(box, s) {
  box.setAttribute('aria-busy', 'false');
  box.dataset.state = 'error';
  box.dataset.for = toUrl(s);
  box.classList.remove('loading');
}

// ----- search view -----

async function renderSearch() {
  const s = state;
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
  renderChips($('chips'), s);
  document.title = (s.q ? s.q + ' · ' : '') + '妇联工作报告检索';

  const list = $('results');
  const status = $('status');
  setBusy(list, true, s);
  status.textContent = '正在搜索…';
  const params = searchParams(s);
  params.set('size', String(PAGE_SIZE));
  let body;
  let labels;
  try {
    [body, labels] = await Promise.all([getJson('/api/search', params, true), themeLabels()]);
  } catch (e) {
    if (failed(e, status)) return;
    list.replaceChildren();
    $('empty').hidden = true;
    $('pager').replaceChildren();
    $('view-search').classList.add('stale');
    setFailed(list, s);
    return;
  }
  if (state !== s) return;
  hideBanner();
  $('view-search').classList.remove('stale');
  const hits = body.hits || [];
  const total = body.total || 0;
  list.replaceChildren(...hits.map(h => achievements ? achievementItem(h, labels) : sectionItem(h, labels)));
  list.start = (s.page - 1) * PAGE_SIZE + 1;
  status.textContent = total
    ? `共 ${total.toLocaleString('zh-CN')} 条${achievements ? '数据' : '段落'}` + (body.tookMs != null ? `（${body.tookMs} 毫秒）` : '')
    : '';
  status.dataset.total = String(total);
  renderEmpty(total === 0, s);
  await renderFacets(body.facets || {}, s, labels);
  if (state !== s) return;
  renderUnits(body, s);
  renderPager(total, s);
  setBusy(list, false, s);
}

function sectionItem(h, labels) {
  const li = el('li', 'hit');
  const title = el('h3');
  title.append(reportLink(h.reportId, h.heading || h.reportTitle));
  li.append(title);
  const p = el('p', 'snippet');
  p.append(snippet(h.snippet || ''));
  li.append(p);
  li.append(metaLine(h, labels));
  return li;
}

function achievementItem(h, labels) {
  const li = el('li', 'hit ach');
  const quote = el('blockquote', 'quote');
  quote.append(emphasise(h.text || '', h.figures));
  li.append(quote);
  const figs = el('p', 'figures');
  for (const f of h.figures || []) figs.append(el('span', 'value', figureText(f)));
  li.append(figs);
  li.append(metaLine(h, labels));
  li.append(copyButton(h.text, h.regionPath, h.region, h.reportTitle, h.source));
  return li;
}

function metaLine(h, labels) {
  const meta = el('p', 'meta');
  const parts = [];
  const rp = (h.regionPath && h.regionPath.length ? h.regionPath : [h.region]).filter(Boolean);
  if (rp.length) parts.push(el('span', 'region', rp.join(' › ')));
  if (h.years && h.years.length) parts.push(el('span', 'years', yearsText(h.years)));
  if (h.heading && h.reportTitle) parts.push(reportLink(h.reportId, '《' + h.reportTitle + '》'));
  for (const t of h.themes || []) parts.push(el('span', 'tag', labels.get(t) || t));
  const src = sourceLink(h.source);
  if (src) parts.push(src);
  add(meta, ...parts);
  return meta;
}

function reportLink(id, text) {
  if (!id) return el('span', null, text);
  const a = el('a', 'report-link', text);
  a.href = toUrl({ view: 'report', id });
  a.dataset.nav = '';
  return a;
}

function copyButton(text, regionPath, region, title, source) {
  const b = el('button', 'copy', '复制引文');
  b.type = 'button';
  b.addEventListener('click', () => copyQuote(b, citation(text, regionPath, region, title, source)));
  return b;
}

/** “sentence”（region，《title》，date，url） */
function citation(text, regionPath, region, title, source) {
  const where = (regionPath && regionPath.length ? regionPath.join('') : region) || '';
  const parts = [where, title ? '《' + title + '》' : '', dateText(source && source.publishedAt), source && source.url]
    .filter(Boolean);
  return '“' + (text || '').trim() + '”' + (parts.length ? '（' + parts.join('，') + '）' : '');
}

async function copyQuote(button, text) {
  let ok = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      ok = true;
    }
  } catch (e) {
    ok = false;
  }
  if (!ok) {
    const ta = el('textarea', 'offscreen');
    ta.value = text;
    ta.setAttribute('readonly', '');
    document.body.append(ta);
    ta.select();
    try {
      ok = document.execCommand('copy');
    } catch (e) {
      ok = false;
    }
    ta.remove();
    button.focus();
  }
  button.dataset.copied = text;
  button.textContent = ok ? '已复制' : '复制失败，请手动选择';
  $('copied').textContent = ok ? '已复制引文：' + text : '';
  $('copied').dataset.text = ok ? text : '';
  setTimeout(() => { button.textContent = '复制引文'; }, 2000);
}

// chips: every chosen filter, removable

function renderChips(box, s, withClear = true) {
  box.replaceChildren();
  let n = 0;
  for (const k of MULTI) {
    if (k === 'unit' && s.type !== 'achievement') continue;
    for (const v of s[k]) {
      n++;
      const label = k === 'theme' ? (themeCache.get(v) || v) : k === 'year' ? v + '年' : v;
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
  if (n && withClear) {
    const clear = el('button', 'clear', '清除全部');
    clear.type = 'button';
    clear.addEventListener('click', () => navigate(withChange({ region: [], year: [], theme: [], unit: [] })));
    box.append(clear);
  }
  return n;
}

let themeCache = new Map();
themeLabels().then(m => { themeCache = m; });

function renderEmpty(empty, s) {
  const box = $('empty');
  box.hidden = !empty;
  box.replaceChildren();
  if (!empty) return;
  box.append(el('h2', null, '没有找到'));
  box.append(el('p', null, s.q ? `没有与“${s.q}”相符的${s.type === 'achievement' ? '数据' : '段落'}。` : '当前筛选下没有内容。'));
  const chips = el('div', 'chips');
  if (renderChips(chips, s, true)) {
    box.append(el('p', null, '可以去掉下面的筛选再试：'));
    box.append(chips);
  } else if (s.q) {
    box.append(el('p', null, '试试更短的关键词，或换个说法（如“家庭教育”“两癌筛查”“创业贷款”）。'));
  }
  if (s.type === 'achievement') {
    const a = el('a', null, '在段落中搜索');
    a.href = toUrl({ ...s, type: 'section', unit: [], page: 1 });
    a.dataset.nav = '';
    box.append(el('p', null, '')).append(a);
  }
}

// facets

function toggle(list, v) {
  return list.includes(v) ? list.filter(x => x !== v) : [...list, v];
}

const openRegions = new Set();
let treeIndex = null; // region name → path, from GET /api/regions (for entries without a path)

async function loadTreeIndex() {
  if (treeIndex) return treeIndex;
  try {
    const tree = await regionTree();
    treeIndex = new Map();
    const walk = n => { treeIndex.set(n.name, n.path); n.children.forEach(walk); };
    tree.forEach(walk);
  } catch (e) {
    treeIndex = new Map();
  }
  return treeIndex;
}

async function renderFacets(facets, s, labels) {
  const entries = (facets.region || []).map(e => ({ ...e, value: String(e.value) }));
  const needPaths = entries.some(e => !Array.isArray(e.path));
  const index = needPaths ? await loadTreeIndex() : new Map();
  if (state !== s) return;
  renderRegionFacet(entries, s, index);
  renderYearFacet(facets.year || [], s);
  renderThemeFacet(facets.theme || [], s, labels);
}

function renderRegionFacet(entries, s, index) {
  // Nodes are keyed by code where the API gives one: names repeat (鼓楼区, hundreds of 城关镇).
  // A node's query is the filter value that names it alone (苍南县灵溪镇); its name is what it shows.
  const nodes = new Map();
  const node = (key, name, count, level, query) => {
    let n = nodes.get(key);
    if (!n) nodes.set(key, n = { key, name, query: query || name, count: null, level, children: [], parent: null });
    if (count !== undefined && count !== null) n.count = count;
    if (level) n.level = level;
    if (query) n.query = query;
    return n;
  };
  const link = (parent, child) => {
    if (!child.parent && parent !== child) {
      child.parent = parent;
      parent.children.push(child);
    }
  };
  if (entries.length && entries.every(e => e.code)) {
    for (const e of entries) node(e.code, e.value, e.count, e.level, e.query);
    for (const e of entries) if (e.parent && nodes.has(e.parent)) link(nodes.get(e.parent), nodes.get(e.code));
  } else {
    const paths = [];
    for (const e of entries) {
      const path = Array.isArray(e.path) && e.path.length ? e.path.map(String) : (index.get(e.value) || [e.value]);
      node(e.value, e.value, e.count, e.level, e.query);
      paths.push(path[path.length - 1] === e.value ? path : [...path, e.value]);
    }
    for (const path of paths) for (let i = 1; i < path.length; i++) link(node(path[i - 1], path[i - 1]), node(path[i], path[i]));
  }
  const chosen = v => [...nodes.values()].find(n => n.query === v) || nodes.get(v);
  for (const v of s.region) if (!chosen(v)) node(v, v, 0, null, v);
  const roots = [...nodes.values()].filter(n => !n.parent);
  // open the branches that hold a chosen region
  for (const v of s.region) for (let n = chosen(v).parent; n; n = n.parent) openRegions.add(n.key);
  if (roots.length === 1) openRegions.add(roots[0].key);
  const box = $('f-region');
  const sorted = sortNodes(roots);
  const shown = showAllRegions || sorted.length <= 8 ? sorted : sorted.filter((n, i) => i < 6 || s.region.includes(n.query));
  box.replaceChildren(...shown.map(n => regionFacetItem(n, s)));
  if (!roots.length) box.append(el('li', 'none', '—'));
  if (shown.length < sorted.length || (showAllRegions && sorted.length > 8)) {
    const more = el('button', 'more', showAllRegions ? '收起' : `显示全部 ${sorted.length} 个`);
    more.type = 'button';
    more.setAttribute('aria-expanded', String(showAllRegions));
    more.addEventListener('click', () => {
      showAllRegions = !showAllRegions;
      renderRegionFacet(entries, s, index);
      $('f-region').querySelector('.more').focus();
    });
    box.append(add(el('li'), more));
  }
}

let showAllRegions = false;

/** Most content first, then by name; 地区不详 (level unknown) always last, after every real region. */
function sortNodes(list) {
  const unknown = n => (n.level === 'unknown' ? 1 : 0);
  return [...list].sort((a, b) => unknown(a) - unknown(b) || (b.count || 0) - (a.count || 0)
    || a.name.localeCompare(b.name, 'zh-CN'));
}

function regionFacetItem(n, s) {
  const li = el('li');
  const row = el('div', 'row');
  const kids = n.children.length > 0;
  let group = null;
  if (kids) {
    const open = openRegions.has(n.key);
    const t = el('button', 'twisty', open ? '▾' : '▸');
    t.type = 'button';
    t.setAttribute('aria-expanded', String(open));
    t.setAttribute('aria-label', (open ? '收起 ' : '展开 ') + n.name);
    t.addEventListener('click', () => {
      const now = !openRegions.has(n.key);
      if (now) openRegions.add(n.key); else openRegions.delete(n.key);
      t.setAttribute('aria-expanded', String(now));
      t.setAttribute('aria-label', (now ? '收起 ' : '展开 ') + n.name);
      t.textContent = now ? '▾' : '▸';
      group.hidden = !now;
    });
    row.append(t);
  } else {
    row.append(el('span', 'twisty-space'));
  }
  row.append(checkLabel('region', n.query, n.name, n.count, s));
  li.append(row);
  if (kids) {
    group = el('ul');
    group.hidden = !openRegions.has(n.key);
    group.append(...sortNodes(n.children).map(c => regionFacetItem(c, s)));
    li.append(group);
  }
  return li;
}

function checkLabel(facet, value, text, count, s) {
  const label = el('label', 'check');
  const box = el('input');
  box.type = 'checkbox';
  box.checked = s[facet].includes(value);
  box.dataset.facet = facet;
  box.dataset.value = value;
  box.addEventListener('change', () => navigate(withChange({ [facet]: toggle(s[facet], value) })));
  add(label, box, el('span', 'name', text), count !== null && count !== undefined ? el('span', 'count', count) : null);
  return label;
}

function renderYearFacet(entries, s) {
  const box = $('f-year');
  const years = entries.map(e => ({ value: String(e.value), count: e.count || 0 }));
  for (const y of s.year) if (!years.some(e => e.value === y)) years.push({ value: y, count: 0 });
  years.sort((a, b) => a.value.localeCompare(b.value));
  const max = Math.max(1, ...years.map(y => y.count));
  box.replaceChildren();
  for (const y of years) {
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
  }
  if (!years.length) box.append(el('span', 'none', '—'));
}

function renderThemeFacet(entries, s, labels) {
  const box = $('f-theme');
  const list = entries.map(e => ({ value: String(e.value), label: e.label || labels.get(e.value) || e.value, count: e.count }));
  for (const t of s.theme) if (!list.some(e => e.value === t)) list.push({ value: t, label: labels.get(t) || t, count: 0 });
  box.replaceChildren(...list.map(t => add(el('li'), checkLabel('theme', t.value, t.label, t.count, s))));
  if (!list.length) box.append(el('li', 'none', '—'));
}

function renderUnits(body, s) {
  const box = $('units');
  box.replaceChildren();
  if (s.type !== 'achievement') return;
  let units = listOf(body.facets && body.facets.unit).map(u => ({ value: String(u.value), count: u.count }));
  if (!units.length) {
    const seen = new Map();
    for (const h of body.hits || []) for (const f of h.figures || []) if (f.unit) seen.set(f.unit, null);
    units = [...seen.keys()].map(value => ({ value, count: null }));
  }
  for (const u of s.unit) if (!units.some(x => x.value === u)) units.push({ value: u, count: 0 });
  if (!units.length) return;
  box.append(el('span', 'units-label', '单位'));
  for (const u of units) {
    const b = el('button', 'unit', u.value);
    b.type = 'button';
    b.dataset.value = u.value;
    b.setAttribute('aria-pressed', String(s.unit.includes(u.value)));
    if (u.count !== null && u.count !== undefined) b.append(el('span', 'count', u.count));
    b.addEventListener('click', () => navigate(withChange({ unit: toggle(s.unit, u.value) })));
    box.append(b);
  }
}

function renderPager(total, s) {
  const nav = $('pager');
  nav.replaceChildren();
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(10000 / PAGE_SIZE));
  if (pages <= 1) return;
  const link = (page, text, rel) => {
    const a = el('a', 'button', text);
    a.href = toUrl({ ...s, page });
    a.dataset.nav = '';
    if (rel) a.rel = rel;
    return a;
  };
  if (s.page > 1) nav.append(link(s.page - 1, '‹ 上一页', 'prev'));
  nav.append(el('span', 'page-of', `第 ${s.page} / ${pages} 页`));
  if (s.page < pages) nav.append(link(s.page + 1, '下一页 ›', 'next'));
}

// ----- region view -----

async function renderRegion(viewChanged) {
  const s = state;
  const status = $('region-status');
  const out = $('region-reports');
  status.textContent = '正在加载…';
  setBusy(out, true, s);
  let tree;
  try {
    tree = await regionTree();
  } catch (e) {
    if (failed(e, status)) return;
    setFailed(out, s);
    return;
  }
  if (state !== s) return;
  hideBanner();
  const chain = findChain(tree, s.r); // the tree's nodes from the province down to the region shown
  const found = chain.length ? chain[chain.length - 1] : null;
  for (const n of chain.slice(0, -1)) openRegions.add(treeKey(n));
  if (found && found.children.length) openRegions.add(treeKey(found));
  $('region-tree').replaceChildren(...tree.map(n => regionTreeItem(n, found)));
  const crumbs = $('region-crumbs');
  crumbs.replaceChildren(regionLink('', '全部地区'));
  if (found) for (const n of chain) crumbs.append(el('span', 'sep', '›'), regionLink(queryOf(n), n.name));
  else if (s.r) crumbs.append(el('span', 'sep', '›'), regionLink(s.r, s.r));
  const name = found ? found.name : s.r;
  $('region-title').textContent = name || '按地区浏览';
  const level = found ? levelLabel(found) : '';
  $('region-level').textContent = level;
  $('region-level').hidden = !level;
  document.title = (name ? name + ' · ' : '') + '按地区浏览 · 妇联工作报告检索';
  if (viewChanged) $('region-title').tabIndex = -1;

  out.replaceChildren();
  const children = found ? found.children : s.r ? [] : tree;
  if (children.length) {
    out.append(el('h2', null, s.r ? '下辖' + childrenLabel(children) : '省份'));
    const ul = el('ul', 'cards');
    for (const c of children) {
      const li = el('li');
      li.append(regionLink(queryOf(c), c.name));
      if (c.reports !== null) li.append(el('span', 'count', c.reports + ' 篇'));
      ul.append(li);
    }
    out.append(ul);
  }
  if (!s.r) {
    status.textContent = tree.length ? '选择一个地区，查看它的工作报告。' : '还没有收录任何报告。';
    setBusy(out, false, s);
    return;
  }
  let reports;
  try {
    reports = await reportsIn(s.r);
  } catch (e) {
    if (failed(e, status)) return;
    setFailed(out, s);
    return;
  }
  if (state !== s) return;
  status.textContent = reports.length ? `共 ${reports.length} 篇报告` : '';
  if (!reports.length) {
    out.append(add(el('div', 'empty'), el('h2', null, '没有找到'), el('p', null, `还没有收录“${s.r}”的报告。`)));
  }
  const byYear = new Map();
  for (const r of reports) {
    const y = r.years.length ? Math.max(...r.years) : 0;
    if (!byYear.has(y)) byYear.set(y, []);
    byYear.get(y).push(r);
  }
  for (const y of [...byYear.keys()].sort((a, b) => b - a)) {
    out.append(el('h2', 'year-h', y ? y + '年' : '年份不详'));
    const ul = el('ul', 'reports');
    for (const r of byYear.get(y)) {
      const li = el('li', 'report-item');
      li.append(reportLink(r.id, r.title || '（无标题）'));
      add(li, el('span', 'meta', [r.region, yearsText(r.years), r.sections + ' 段'].filter(Boolean).join(' · ')));
      ul.append(li);
    }
    out.append(ul);
  }
  setBusy(out, false, s);
}

// Region names repeat (鼓楼区, hundreds of 城关镇), so links carry each region's query: the filter
// value the API reads back as that region alone (its name where unique, else e.g. 苍南县灵溪镇).
function queryOf(n) {
  return n.query || n.name;
}

const LEVEL_LABELS = { province: '省级', city: '地级', county: '县级', township: '乡镇（街道）' };
const CHILD_LABELS = { city: '市（州、盟）', county: '区县', township: '乡镇（街道）' };

/** 省级, 地级, 县级; a township by its kind: 街道, 镇, 乡, else 乡镇（街道）. */
function levelLabel(n) {
  if (n.level === 'township') {
    const kind = ['街道', '街道办事处', '镇', '苏木', '乡'].find(k => n.name.endsWith(k));
    return kind ? kind.replace('办事处', '') : LEVEL_LABELS.township;
  }
  return LEVEL_LABELS[n.level] || '';
}

/** What a list of subregions is called: 区县, 乡镇（街道）, or 地区 when levels mix (济源市 beside 郑州市). */
function childrenLabel(children) {
  const levels = new Set(children.map(c => c.level));
  return levels.size === 1 && CHILD_LABELS[children[0].level] ? CHILD_LABELS[children[0].level] : '地区';
}

/** The nodes from a root down to the region named by r (its query, name, code or whole path), or []. */
function findChain(tree, r) {
  if (!r) return [];
  const byQuery = n => queryOf(n) === r || n.code === r || (n.path || []).join('') === r;
  const search = (nodes, test) => {
    for (const n of nodes) {
      if (test(n)) return [n];
      const below = search(n.children, test);
      if (below.length) return [n, ...below];
    }
    return [];
  };
  const exact = search(tree, byQuery);
  return exact.length ? exact : search(tree, n => n.name === r);
}

function treeKey(n) {
  return 'tree:' + (n.code || (n.path || [n.name]).join('/'));
}

function regionLink(name, text) {
  const a = el('a', 'region-link', text);
  a.href = toUrl({ view: 'region', r: name });
  a.dataset.nav = '';
  return a;
}

function regionTreeItem(n, current) {
  const li = el('li');
  const row = el('div', 'row');
  const key = treeKey(n);
  let group = null;
  if (n.children.length) {
    const open = openRegions.has(key);
    const t = el('button', 'twisty', open ? '▾' : '▸');
    t.type = 'button';
    t.setAttribute('aria-expanded', String(open));
    t.setAttribute('aria-label', (open ? '收起 ' : '展开 ') + n.name);
    t.addEventListener('click', () => {
      const now = !openRegions.has(key);
      if (now) openRegions.add(key); else openRegions.delete(key);
      t.setAttribute('aria-expanded', String(now));
      t.textContent = now ? '▾' : '▸';
      group.hidden = !now;
    });
    row.append(t);
  } else {
    row.append(el('span', 'twisty-space'));
  }
  const a = regionLink(queryOf(n), n.name);
  if (n === current) a.setAttribute('aria-current', 'page');
  row.append(a);
  if (n.reports !== null) row.append(el('span', 'count', n.reports));
  li.append(row);
  if (n.children.length) {
    group = el('ul');
    group.hidden = !openRegions.has(key);
    group.append(...n.children.map(c => regionTreeItem(c, current)));
    li.append(group);
  }
  return li;
}

/** The reports of a region, newest first, from its sections (GET /api/search, browsing). */
async function reportsIn(region) {
  const reports = new Map();
  for (let page = 1; page <= 5; page++) {
    const p = new URLSearchParams({ region, sort: 'newest', size: '100', page: String(page) });
    const body = await getJson('/api/search', p);
    for (const h of body.hits || []) {
      let r = reports.get(h.reportId);
      if (!r) {
        r = { id: h.reportId, title: h.reportTitle, region: h.region, years: [], sections: 0, source: h.source };
        reports.set(h.reportId, r);
      }
      r.sections++;
      for (const y of h.years || []) if (!r.years.includes(y)) r.years.push(y);
    }
    if (page * 100 >= (body.total || 0)) break;
  }
  const list = [...reports.values()];
  for (const r of list) r.years.sort((a, b) => a - b);
  return list;
}

// ----- report view -----

async function renderReport() {
  const s = state;
  const art = $('report');
  const outline = $('outline');
  setBusy(art, true, s);
  art.replaceChildren(el('p', 'status', '正在加载报告…'));
  outline.replaceChildren();
  let r;
  let labels;
  try {
    [r, labels] = await Promise.all([getJson('/api/reports/' + encodeURIComponent(s.id)), themeLabels()]);
  } catch (e) {
    const status = el('p', 'status');
    art.replaceChildren(status);
    if (failed(e, status)) return;
    if (e instanceof ApiError && e.status === 404) {
      art.replaceChildren(add(el('div', 'empty'), el('h2', null, '没有找到这篇报告'), el('p', null, '它可能已被删除或重新收录。')));
    }
    setFailed(art, s);
    return;
  }
  if (state !== s) return;
  hideBanner();
  document.title = (r.title || '报告') + ' · 妇联工作报告检索';
  const regionPath = r.regionPath && r.regionPath.length ? r.regionPath : r.region ? [r.region] : [];
  const crumbs = el('nav', 'crumbs');
  crumbs.setAttribute('aria-label', '位置');
  crumbs.append(regionLink('', '全部地区'));
  // each step links by its path so far (福建省福州市鼓楼区), which names it alone where names repeat
  regionPath.forEach((name, i) => crumbs.append(el('span', 'sep', '›'),
    regionLink(i === 0 ? name : regionPath.slice(0, i + 1).join(''), name)));
  const h1 = el('h1', 'report-title', r.title || '（无标题）');
  h1.tabIndex = -1;
  const meta = el('p', 'meta');
  const src = r.source || {};
  add(meta,
    regionPath.length ? el('span', 'region', regionPath.join(' › ')) : null,
    r.years && r.years.length ? el('span', 'years', yearsText(r.years)) : null,
    src.publisher ? el('span', null, src.publisher) : null,
    src.publishedAt ? el('span', null, '发布于 ' + dateText(src.publishedAt)) : null,
    sourceLink(src, '查看原文'));
  const sections = r.sections || [];
  const achCount = sections.reduce((n, x) => n + (x.achievements || []).length, 0);
  art.replaceChildren(crumbs, h1, meta);
  if (achCount) art.append(el('p', 'summary', `${sections.length} 节 · ${achCount} 条数据`));

  const depths = sections.map(x => (x.headingPath || []).length);
  const minDepth = depths.length ? Math.min(...depths) : 0;
  sections.forEach((sec, i) => {
    const id = 's-' + (i + 1);
    const block = el('section', 'sec');
    const headingText = sec.heading || (i === 0 ? '引言' : `第 ${i + 1} 节`);
    const secPath = sec.regionPath && sec.regionPath.length ? sec.regionPath : regionPath;
    const h = el('h2', null, headingText);
    h.id = id;
    h.tabIndex = -1;
    block.append(h);
    const tags = el('p', 'meta');
    if (secPath.join() !== regionPath.join()) tags.append(el('span', 'region', secPath.join(' › ')));
    if (sec.years && sec.years.length) tags.append(el('span', 'years', yearsText(sec.years)));
    for (const t of sec.themes || []) tags.append(el('span', 'tag', labels.get(t) || t));
    if (tags.childNodes.length) block.append(tags);
    for (const para of String(sec.text || '').split(/\n+/)) if (para.trim()) block.append(el('p', 'para', para.trim()));
    const achs = sec.achievements || [];
    if (achs.length) {
      const box = el('div', 'sec-ach');
      box.append(el('h3', null, `本节数据（${achs.length}）`));
      const ul = el('ul', 'hits');
      for (const a of achs) {
        const li = el('li', 'hit ach');
        const q = el('blockquote', 'quote');
        q.append(emphasise(a.text || '', a.figures));
        li.append(q);
        const figs = el('p', 'figures');
        for (const f of a.figures || []) figs.append(el('span', 'value', figureText(f)));
        li.append(figs, copyButton(a.text, secPath, sec.region || r.region, r.title, src));
        ul.append(li);
      }
      box.append(ul);
      block.append(box);
    }
    art.append(block);

    const item = el('li', 'depth-' + Math.min(3, depths[i] - minDepth));
    const a = el('a', null, headingText);
    a.href = '#' + id;
    a.addEventListener('click', ev => {
      ev.preventDefault();
      h.scrollIntoView({ block: 'start' });
      h.focus({ preventScroll: true });
    });
    item.append(a);
    if (achs.length) item.append(el('span', 'count', achs.length));
    outline.append(item);
  });
  if (!sections.length) art.append(el('p', 'empty', '这篇报告没有可显示的段落。'));
  setBusy(art, false, s);
  window.scrollTo(0, 0);
  if (document.activeElement !== input) h1.focus({ preventScroll: true });
}

// ---------- suggestions (combobox) ----------

const input = $('q');
const sugList = $('suggest');
let sugItems = [];
let sugActive = -1;
let sugSeq = 0;
let sugTimer = 0;
let searchTimer = 0;

function closeSuggest() {
  sugList.hidden = true;
  sugList.replaceChildren();
  sugItems = [];
  sugActive = -1;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
}

function suggestionText(x) {
  if (typeof x === 'string') return x;
  return x && (x.text || x.value || x.label || x.term) ? String(x.text || x.value || x.label || x.term) : '';
}

async function loadSuggest(q) {
  const seq = ++sugSeq;
  if (!q.trim()) { closeSuggest(); return; }
  let body;
  try {
    body = await getJson('/api/suggest', new URLSearchParams({ q }));
  } catch (e) {
    closeSuggest(); // the search itself reports an outage
    return;
  }
  if (seq !== sugSeq || document.activeElement !== input) return;
  sugItems = listOf(body, 'suggestions', 'items', 'completions').map(x => ({
    text: suggestionText(x), kind: x && typeof x === 'object' ? x.kind || x.type || '' : '',
  })).filter(x => x.text && x.text !== q).slice(0, 10);
  sugActive = -1;
  sugList.replaceChildren(...sugItems.map((x, i) => {
    const li = el('li', 'opt');
    li.id = 'sug-' + i;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.append(el('span', null, x.text));
    const kind = { heading: '标题', region: '地区', term: '词', theme: '主题' }[x.kind] || '';
    if (kind) li.append(el('span', 'kind', kind));
    li.addEventListener('mousedown', ev => { ev.preventDefault(); chooseSuggestion(i); });
    return li;
  }));
  sugList.hidden = sugItems.length === 0;
  input.setAttribute('aria-expanded', String(sugItems.length > 0));
}

function highlightSuggestion(i) {
  sugActive = i;
  [...sugList.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
  if (i >= 0) input.setAttribute('aria-activedescendant', 'sug-' + i);
  else input.removeAttribute('aria-activedescendant');
}

function chooseSuggestion(i) {
  const text = sugItems[i].text;
  input.value = text;
  closeSuggest();
  clearTimeout(searchTimer);
  typing = false;
  navigate({ ...state, view: 'search', q: text, page: 1 });
}

input.addEventListener('input', () => {
  clearTimeout(searchTimer);
  clearTimeout(sugTimer);
  const q = input.value;
  sugTimer = setTimeout(() => loadSuggest(q), 150);
  searchTimer = setTimeout(() => {
    const replace = typing && state.view === 'search';
    typing = true;
    navigate({ ...state, view: 'search', q: q.trim(), page: 1 }, { replace });
  }, 250);
});

input.addEventListener('keydown', ev => {
  const open = !sugList.hidden && sugItems.length > 0;
  if (ev.key === 'ArrowDown' && open) {
    ev.preventDefault();
    highlightSuggestion((sugActive + 1) % sugItems.length);
  } else if (ev.key === 'ArrowUp' && open) {
    ev.preventDefault();
    highlightSuggestion(sugActive <= 0 ? sugItems.length - 1 : sugActive - 1);
  } else if (ev.key === 'Enter' && open && sugActive >= 0) {
    ev.preventDefault();
    chooseSuggestion(sugActive);
  } else if (ev.key === 'Escape' && open) {
    ev.preventDefault();
    closeSuggest();
  }
});

input.addEventListener('blur', () => setTimeout(closeSuggest, 100));

$('search').addEventListener('submit', ev => {
  ev.preventDefault();
  clearTimeout(searchTimer);
  clearTimeout(sugTimer);
  closeSuggest();
  const q = input.value.trim();
  const replace = typing && state.view === 'search' && state.q === q;
  typing = false;
  navigate({ ...state, view: 'search', q, page: 1 }, { replace });
});

// ---------- other controls ----------

for (const b of document.querySelectorAll('.tabs [role=tab]')) {
  b.addEventListener('click', () => {
    typing = false;
    navigate(withChange({ type: b.dataset.type, sort: state.sort === 'value' ? '' : state.sort }));
  });
  b.addEventListener('keydown', ev => {
    if (ev.key !== 'ArrowLeft' && ev.key !== 'ArrowRight') return;
    const other = document.querySelector(`.tabs [data-type=${b.dataset.type === 'section' ? 'achievement' : 'section'}]`);
    other.focus();
    other.click();
  });
}

$('sort').addEventListener('change', ev => { typing = false; navigate(withChange({ sort: ev.target.value })); });

$('retry').addEventListener('click', () => render(state));

// internal links: same page, new state
document.addEventListener('click', ev => {
  const a = ev.target.closest && ev.target.closest('a[data-nav]');
  if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  ev.preventDefault();
  typing = false;
  const next = parseUrl(new URL(a.href, location.href).search);
  navigate(next);
  if (next.view !== 'search') {
    const focusTarget = next.view === 'report' ? null : $('region-title');
    if (focusTarget) { focusTarget.tabIndex = -1; focusTarget.focus({ preventScroll: true }); }
  }
});

window.addEventListener('popstate', () => { typing = false; render(parseUrl(location.search)); });

// phones start with the filters folded away
if (window.matchMedia('(max-width: 700px)').matches) $('facet-box').open = false;

state = { ...state, view: '' }; // first render counts as a view change
render(parseUrl(location.search));
