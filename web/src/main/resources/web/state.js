// The page's state and its URL, as plain functions: every view is a URL that can be shared.
// Search: ?q=&region=&year=&theme=&type=&unit=&sort=&page=; regions: ?view=region&r=;
// a report: ?view=report&id=&section=&q= (the section to open at, the words to mark);
// regions side by side: ?view=compare&region=&region=.

export const MULTI = ['region', 'year', 'theme', 'unit'];
export const PAGE_SIZE = 10;
/** The API serves no hit past the 10,000th (page × size), so no page past this is offered. */
export const MAX_PAGE = Math.floor(10000 / PAGE_SIZE);

export function parseUrl(search) {
  const p = new URLSearchParams(search);
  const s = {
    view: ['region', 'report', 'compare'].includes(p.get('view')) ? p.get('view') : 'search',
    q: p.get('q') || '',
    type: p.get('type') === 'achievement' ? 'achievement' : 'section',
    sort: p.get('sort') || '',
    page: Math.max(1, parseInt(p.get('page'), 10) || 1),
    r: p.get('r') || '',
    id: p.get('id') || '',
    section: p.get('section') || '',
  };
  for (const k of MULTI) s[k] = [...new Set(p.getAll(k).filter(Boolean))];
  return s;
}

/** The API parameters of a search state (also the CSV export's). */
export function searchParams(s, withPage = true) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.type === 'achievement') p.set('type', 'achievement');
  for (const k of ['region', 'year', 'theme']) for (const v of s[k]) p.append(k, v);
  if (s.type === 'achievement') for (const v of s.unit) p.append('unit', v);
  if (s.sort && (s.sort !== 'value' || s.type === 'achievement')) p.set('sort', s.sort);
  if (withPage && s.page > 1) p.set('page', String(s.page));
  return p;
}

export function toUrl(s) {
  let p;
  if (s.view === 'region') {
    p = new URLSearchParams({ view: 'region' });
    if (s.r) p.set('r', s.r);
  } else if (s.view === 'compare') {
    p = new URLSearchParams({ view: 'compare' });
    for (const v of s.region) p.append('region', v);
  } else if (s.view === 'report') {
    p = new URLSearchParams({ view: 'report', id: s.id });
    if (s.section) p.set('section', s.section);
    if (s.q) p.set('q', s.q);
  } else {
    p = searchParams(s);
  }
  const qs = p.toString();
  return '/' + (qs ? '?' + qs : '');
}

/** The URL of a report, opened at one of its sections with the query's words marked (both optional). */
export function reportUrl(id, section = '', q = '') {
  return toUrl({ view: 'report', id, section, q });
}
