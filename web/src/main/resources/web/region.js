// The region view: the tree, a region's subregions, and its reports by year.
import { regionTree, regionReports } from './api.js';
import { $, el, add, yearsText } from './dom.js';
import { current } from './router.js';
import { loaded, setBusy, regionLink, reportLink } from './view.js';
import { treeItem } from './tree.js';
import { regionFinder, chainTo } from './regions.js';

const LEVEL_LABELS = { province: '省级', city: '地级', county: '县级', township: '乡镇（街道）' };
const CHILD_LABELS = { city: '市（州、盟）', county: '区县', township: '乡镇（街道）' };
const openRegions = new Set();

export async function renderRegion(viewChanged) {
  const s = current();
  const status = $('region-status');
  const out = $('region-reports');
  status.textContent = '正在加载…';
  setBusy(out, true, s);
  const tree = await loaded(regionTree(), s, out, status);
  if (!tree) return;
  const found = s.r ? regionFinder(tree).find(s.r) : null;
  const chain = chainTo(tree, found); // the tree's nodes from the province down to the region shown
  for (const n of chain.slice(0, -1)) openRegions.add(treeKey(n));
  if (found && found.children.length) openRegions.add(treeKey(found));
  $('region-tree').replaceChildren(...tree.map(n => treeItem(n, {
    key: treeKey, children: x => x.children, open: openRegions,
    row: x => {
      const line = document.createDocumentFragment();
      const a = regionLink(x.query || x.name, x.name);
      if (x === found) a.setAttribute('aria-current', 'page');
      line.append(a);
      if (x.reports !== null) line.append(el('span', 'count', x.reports));
      return line;
    },
  })));
  const crumbs = $('region-crumbs');
  crumbs.replaceChildren(regionLink('', '全部地区'));
  if (found) for (const n of chain) crumbs.append(el('span', 'sep', '›'), regionLink(n.query || n.name, n.name));
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
      li.append(regionLink(c.query || c.name, c.name));
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
  const reports = await loaded(reportsIn(found ? found.code : s.r), s, out, status);
  if (!reports) return;
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
  for (const y of [...byYear.keys()].sort((a, b) => (a === 0) - (b === 0) || b - a)) {
    const h = el('h2', 'year-h', y ? y + '年' : '年份不详');
    h.dataset.year = y ? String(y) : 'unknown';
    out.append(h);
    const ul = el('ul', 'reports');
    for (const r of byYear.get(y)) {
      const li = el('li', 'report-item');
      li.append(reportLink(r.id, r.title || '（无标题）'));
      add(li, el('span', 'meta', [r.region, yearsText(r.years), r.sectionsHere + ' 段'].filter(Boolean).join(' · ')));
      ul.append(li);
    }
    out.append(ul);
  }
  setBusy(out, false, s);
}

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

function treeKey(n) {
  return 'tree:' + (n.code || n.path.join('/') || n.name);
}

const PAGE = 100;
const MAX_PAGES = 20; // 2,000 reports of one region: more than any page can usefully list

/** The reports of a region, newest first (GET /api/regions/{code}/reports, page by page). */
async function reportsIn(code) {
  const reports = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await regionReports(code, page, PAGE);
    reports.push(...body.reports);
    if (page * PAGE >= body.total) break;
  }
  return reports;
}
