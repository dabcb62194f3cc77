// The report view: the whole report with its outline; opened at a section (?section=) with the
// query's words (?q=) marked. Every outline jump changes the URL, so every section can be shared.
import { report as loadReport, themeLabels, similarSections, ApiError, Unavailable } from './api.js';
import { $, el, add, yearsText, dateText, sourceLink, originalFile, queryWords, marked, snippet } from './dom.js';
import { current, navigate } from './router.js';
import { reportUrl } from './state.js';
import { failed, setBusy, setFailed, hideBanner, regionLink, reportLink } from './view.js';
import { achievementItem } from './achievements.js';

let shown = null; // {id, q} of the report on the page, so a jump within it does not reload it

const PHONE = '(max-width: 700px)';

/** Draws the report of the current state, or only moves to its section when that report is already shown. */
export async function renderReport() {
  const s = current();
  const art = $('report');
  if (shown && shown.id === s.id && shown.q === s.q && art.dataset.state === 'done') {
    jumpTo(s.section, true);
    setBusy(art, false, s);
    return;
  }
  shown = null;
  const outline = $('outline');
  setBusy(art, true, s);
  art.replaceChildren(el('p', 'status', '正在加载报告…'));
  outline.replaceChildren();
  let r;
  let labels;
  try {
    [r, labels] = await Promise.all([loadReport(s.id), themeLabels()]);
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
  if (current() !== s) return;
  hideBanner();
  document.title = (r.title || '报告') + ' · 妇联工作报告检索';
  const regionPath = r.regionPath.length ? r.regionPath : r.region ? [r.region] : [];
  const words = queryWords(s.q);
  art.replaceChildren(header(r, regionPath, words));
  const sections = r.sections;
  const depths = sections.map(x => x.headingPath.length);
  const minDepth = depths.length ? Math.min(...depths) : 0;
  sections.forEach((sec, i) => {
    const title = sectionTitle(sec, i, regionPath);
    art.append(sectionBlock(sec, title, r, regionPath, labels, words));
    const item = el('li', 'depth-' + Math.min(3, depths[i] - minDepth));
    const a = el('a', null, title);
    a.href = reportUrl(r.id, sec.id, s.q);
    a.dataset.section = sec.id;
    a.addEventListener('click', ev => {
      if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      ev.stopPropagation();
      if (window.matchMedia(PHONE).matches) $('outline-box').open = false;
      // replaces the entry: back still leads to where the report was opened from
      navigate({ ...current(), section: sec.id }, { replace: true });
    });
    item.append(a);
    if (sec.achievements.length) item.append(el('span', 'count', sec.achievements.length));
    outline.append(item);
  });
  if (!sections.length) art.append(el('p', 'empty', '这篇报告没有可显示的段落。'));
  $('outline-box').open = !window.matchMedia(PHONE).matches; // phones read first, the outline is one tap away
  shown = { id: s.id, q: s.q };
  if (!jumpTo(s.section, false)) {
    window.scrollTo(0, 0);
    if (document.activeElement !== $('q')) art.querySelector('h1').focus({ preventScroll: true });
  }
  setBusy(art, false, s);
}

function header(r, regionPath, words) {
  const frag = document.createDocumentFragment();
  const crumbs = el('nav', 'crumbs');
  crumbs.setAttribute('aria-label', '位置');
  crumbs.append(regionLink('', '全部地区'));
  // each step links by its path so far (福建省福州市鼓楼区), which names it alone where names repeat
  regionPath.forEach((name, i) => crumbs.append(el('span', 'sep', '›'),
    regionLink(i === 0 ? name : regionPath.slice(0, i + 1).join(''), name)));
  const h1 = el('h1', 'report-title');
  h1.append(marked(r.title || '（无标题）', words));
  h1.tabIndex = -1;
  const meta = el('p', 'meta');
  const src = r.source || {};
  add(meta,
    regionPath.length ? el('span', 'region', regionPath.join(' › ')) : null,
    r.years.length ? el('span', 'years', yearsText(r.years)) : null,
    src.publisher ? el('span', null, src.publisher) : null,
    src.publishedAt ? el('span', null, '发布于 ' + dateText(src.publishedAt)) : null,
    sourceLink(src, '查看原文'),
    originalFile(src, r.original));
  frag.append(crumbs, h1, meta);
  const achCount = r.sections.reduce((n, x) => n + x.achievements.length, 0);
  if (achCount) frag.append(el('p', 'summary', `${r.sections.length} 节 · ${achCount} 条数据`));
  return frag;
}

/**
 * A section's title: its heading; else, where the section belongs to another region than the report
 * (a county's part of a city's page of several reports), that region's name; else its place.
 */
function sectionTitle(sec, i, regionPath) {
  if (sec.heading) return sec.heading;
  const own = sec.regionPath.length ? sec.regionPath : sec.region ? [sec.region] : [];
  if (own.length && own.join() !== regionPath.join()) return own[own.length - 1];
  return i === 0 ? '引言' : `第 ${i + 1} 节`;
}

function sectionBlock(sec, title, r, regionPath, labels, words) {
  const block = el('section', 'sec');
  block.dataset.section = sec.id;
  const secPath = sec.regionPath.length ? sec.regionPath : regionPath;
  const h = el('h2', null, title);
  h.id = 'sec-' + sec.id;
  h.tabIndex = -1;
  block.append(h);
  const tags = el('p', 'meta');
  if (secPath.join() !== regionPath.join()) tags.append(el('span', 'region', secPath.join(' › ')));
  if (sec.years.length) tags.append(el('span', 'years', yearsText(sec.years)));
  for (const t of sec.themes) tags.append(el('span', 'tag', labels.get(t) || t));
  if (tags.childNodes.length) block.append(tags);
  for (const para of String(sec.text || '').split(/\n+/)) {
    if (para.trim()) block.append(add(el('p', 'para'), marked(para.trim(), words)));
  }
  if (sec.achievements.length) {
    const box = el('div', 'sec-ach');
    box.append(el('h3', null, `本节数据（${sec.achievements.length}）`));
    const ul = el('ul', 'hits');
    const cite = { regionPath: secPath, region: sec.region || r.region, title: r.title, source: r.source };
    for (const a of sec.achievements) ul.append(achievementItem(a, cite));
    box.append(ul);
    block.append(box);
  }
  block.append(similarButton(sec));
  return block;
}

/** 相似做法: for staff who found one good practice, what other regions did of the same kind. */
function similarButton(sec) {
  const b = el('button', 'similar-btn', '相似做法');
  b.type = 'button';
  b.setAttribute('aria-expanded', 'false');
  b.addEventListener('click', async () => {
    const open = b.getAttribute('aria-expanded') === 'true';
    const shown = b.nextElementSibling && b.nextElementSibling.classList.contains('similar') ? b.nextElementSibling : null;
    if (open) {
      if (shown) shown.hidden = true;
      b.setAttribute('aria-expanded', 'false');
      return;
    }
    b.setAttribute('aria-expanded', 'true');
    if (shown) {
      shown.hidden = false;
      return;
    }
    const box = el('div', 'similar');
    box.dataset.state = 'loading';
    box.append(el('p', 'status', '正在查找其他地区的相似做法…'));
    b.after(box);
    try {
      const hits = await similarSections(sec.id);
      box.replaceChildren(el('h3', null, '其他地区的相似做法'));
      if (!hits.length) box.append(el('p', 'status', '没有找到其他地区的相似做法。'));
      const ul = el('ul', 'hits');
      for (const h of hits) {
        const li = el('li', 'hit');
        li.append(add(el('h4'), reportLink(h.reportId, h.heading || h.reportTitle, h.id)));
        li.append(add(el('p', 'snippet'), snippet(h.snippet || '')));
        li.append(add(el('p', 'meta'),
          h.regionPath.length ? el('span', 'region', h.regionPath.join(' › ')) : null,
          h.years.length ? el('span', 'years', yearsText(h.years)) : null,
          h.heading && h.reportTitle ? el('span', null, '《' + h.reportTitle + '》') : null));
        ul.append(li);
      }
      box.append(ul);
    } catch (e) {
      box.replaceChildren(el('p', 'status', e instanceof ApiError || e instanceof Unavailable ? e.message : '暂时无法查找相似做法'));
    }
    box.dataset.state = 'done';
  });
  return b;
}

/** Scrolls to a section, marks it as the one asked for and focuses its heading; false when there is none. */
function jumpTo(sectionId, smooth) {
  const art = $('report');
  for (const b of art.querySelectorAll('.sec.target')) b.classList.remove('target');
  for (const a of $('outline').querySelectorAll('a[aria-current]')) a.removeAttribute('aria-current');
  if (!sectionId) return false;
  const block = [...art.querySelectorAll('.sec')].find(b => b.dataset.section === sectionId);
  if (!block) return false;
  block.classList.add('target');
  const entry = [...$('outline').querySelectorAll('a')].find(a => a.dataset.section === sectionId);
  if (entry) entry.setAttribute('aria-current', 'location');
  const h = block.querySelector('h2');
  h.scrollIntoView({ block: 'start', behavior: smooth ? 'auto' : 'instant' });
  h.focus({ preventScroll: true });
  return true;
}
