// The page's entry: draws the view of the current URL and wires the controls every view shares.
// Views: search.js (sections and achievements), region.js, report.js; the search box: suggest.js.
import { $ } from './dom.js';
import { parseUrl } from './state.js';
import { current, navigate, show, withChange, isTyping, setRenderer, stopTyping } from './router.js';
import { renderSearch } from './search.js';
import { renderRegion } from './region.js';
import { renderReport } from './report.js';
import { renderCompare } from './compare.js';
import { initSearchBox } from './suggest.js';

setRenderer((next, before) => {
  const viewChanged = next.view !== before.view;
  document.body.dataset.view = next.view;
  for (const v of ['search', 'region', 'report', 'compare']) $('view-' + v).hidden = v !== next.view;
  for (const a of document.querySelectorAll('.views a')) {
    if (a.dataset.view === next.view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (document.activeElement !== $('q') || !isTyping()) $('q').value = next.q;
  if (next.view === 'search') renderSearch();
  else if (next.view === 'region') renderRegion(viewChanged);
  else if (next.view === 'compare') renderCompare();
  else renderReport();
});

initSearchBox();

for (const b of document.querySelectorAll('.tabs [role=tab]')) {
  b.addEventListener('click', () => navigate(withChange({ type: b.dataset.type, sort: current().sort === 'value' ? '' : current().sort })));
  b.addEventListener('keydown', ev => {
    if (ev.key !== 'ArrowLeft' && ev.key !== 'ArrowRight') return;
    const other = document.querySelector(`.tabs [data-type=${b.dataset.type === 'section' ? 'achievement' : 'section'}]`);
    other.focus();
    other.click();
  });
}

$('sort').addEventListener('change', ev => navigate(withChange({ sort: ev.target.value })));

$('retry').addEventListener('click', () => show(current()));

// internal links: same page, new state
document.addEventListener('click', ev => {
  const a = ev.target.closest && ev.target.closest('a[data-nav]');
  if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  ev.preventDefault();
  const next = parseUrl(new URL(a.href, location.href).search);
  navigate(next);
  // a new page of results or a region starts at its top (a report scrolls to its section itself)
  if (next.view !== 'report') window.scrollTo(0, 0);
  if (next.view === 'region') {
    $('region-title').tabIndex = -1;
    $('region-title').focus({ preventScroll: true });
  }
});

window.addEventListener('popstate', () => {
  stopTyping();
  show(parseUrl(location.search));
});

// phones start with the filters folded away
if (window.matchMedia('(max-width: 700px)').matches) $('facet-box').open = false;

show(parseUrl(location.search));
