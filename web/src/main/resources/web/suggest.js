// The search box: searching as one types (one history entry per run of keystrokes) and the
// suggestions under it, a combobox chosen with the mouse or the keyboard.
import { suggestions } from './api.js';
import { $, el } from './dom.js';
import { current, navigate, isTyping } from './router.js';

const input = $('q');
const list = $('suggest');
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
  items = found.map(String).filter(text => text && text !== q).slice(0, 10);
  active = -1;
  list.replaceChildren(...items.map((text, i) => {
    const li = el('li', 'opt');
    li.id = 'sug-' + i;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.append(el('span', null, text));
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

function choose(i) {
  const text = items[i];
  input.value = text;
  close();
  clearTimeout(searchTimer);
  navigate({ ...current(), view: 'search', q: text, page: 1 });
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
