// The search box: searching as one types (one history entry per run of keystrokes) and the
// suggestions under it, a combobox chosen with the mouse or the keyboard.
import { suggestions } from './api.js';
import { $, el } from './dom.js';
import { current, navigate, isTyping } from './router.js';

const input = $('q');
const list = $('suggest');
const KINDS = { region: '地区', phrase: '常用词', title: '标题' };
let items = [];
let active = -1;
let seq = 0;
let suggestTimer = 0;
let searchTimer = 0;

function close() {
  list.hidden = true;
  list.replaceChildren();
  items = [];
  active = -1;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
}

async function load(q) {
  const mine = ++seq;
  if (!q.trim()) { close(); return; }
  let found;
  try {
    found = await suggestions(q);
  } catch (e) {
    close(); // the search itself reports an outage
    return;
  }
  if (mine !== seq || document.activeElement !== input) return;
  items = found.filter(x => x.text && (x.text !== q || x.kind === 'region')).slice(0, 10);
  active = -1;
  list.replaceChildren(...items.map((x, i) => {
    const li = el('li', 'opt');
    li.id = 'sug-' + i;
    li.dataset.kind = x.kind || '';
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.append(el('span', null, x.text));
    const kind = KINDS[x.kind];
    if (kind) li.append(el('span', 'kind', kind));
    li.addEventListener('mousedown', ev => { ev.preventDefault(); choose(i); });
    return li;
  }));
  list.hidden = items.length === 0;
  input.setAttribute('aria-expanded', String(items.length > 0));
}

function highlight(i) {
  active = i;
  [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
  if (i >= 0) input.setAttribute('aria-activedescendant', 'sug-' + i);
  else input.removeAttribute('aria-activedescendant');
}

/** A region is chosen as a filter (by its code, names repeat); a phrase or a title is searched for. */
function choose(i) {
  const x = items[i];
  close();
  clearTimeout(searchTimer);
  const s = current();
  if (x.kind === 'region' && x.region && x.region.code) {
    input.value = '';
    const region = s.view === 'search' ? s.region.filter(v => v !== x.region.code) : [];
    navigate({ ...s, view: 'search', q: '', region: [...region, x.region.code], page: 1 });
  } else {
    input.value = x.text;
    navigate({ ...s, view: 'search', q: x.text, page: 1 });
  }
}

/** Wires the search box once. */
export function initSearchBox() {
  input.addEventListener('input', () => {
    clearTimeout(searchTimer);
    clearTimeout(suggestTimer);
    const q = input.value;
    suggestTimer = setTimeout(() => load(q), 150);
    searchTimer = setTimeout(() => {
      const replace = isTyping() && current().view === 'search';
      navigate({ ...current(), view: 'search', q: q.trim(), page: 1 }, { replace, keystroke: true });
    }, 250);
  });

  input.addEventListener('keydown', ev => {
    const open = !list.hidden && items.length > 0;
    if (ev.key === 'ArrowDown' && open) {
      ev.preventDefault();
      highlight((active + 1) % items.length);
    } else if (ev.key === 'ArrowUp' && open) {
      ev.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (ev.key === 'Enter' && open && active >= 0) {
      ev.preventDefault();
      choose(active);
    } else if (ev.key === 'Escape' && open) {
      ev.preventDefault();
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 100));

  $('search').addEventListener('submit', ev => {
    ev.preventDefault();
    clearTimeout(searchTimer);
    clearTimeout(suggestTimer);
    close();
    const q = input.value.trim();
    const replace = isTyping() && current().view === 'search' && current().q === q;
    navigate({ ...current(), view: 'search', q, page: 1 }, { replace });
  });
}
