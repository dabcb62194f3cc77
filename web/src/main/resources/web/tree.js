// A tree of regions, folded: a twisty per node with children, the node's own row, its children below.
// Used by the region facet (rows with checkboxes) and the region browser (rows with links).
import { el } from './dom.js';

/**
 * One node as an <li>. `key(n)` names it in `open` (the set of unfolded keys, kept across renders),
 * `row(n)` is what it shows, `children(n)` what it holds, in order.
 */
export function treeItem(n, { key, row, children, open }) {
  const li = el('li');
  const line = el('div', 'row');
  const kids = children(n);
  const k = key(n);
  let group = null;
  if (kids.length) {
    const t = el('button', 'twisty');
    t.type = 'button';
    const set = on => {
      t.setAttribute('aria-expanded', String(on));
      t.setAttribute('aria-label', (on ? '收起 ' : '展开 ') + n.name);
      t.textContent = on ? '▾' : '▸';
      if (group) group.hidden = !on;
    };
    t.addEventListener('click', () => {
      const now = !open.has(k);
      if (now) open.add(k); else open.delete(k);
      set(now);
    });
    line.append(t);
    group = el('ul');
    group.append(...kids.map(c => treeItem(c, { key, row, children, open })));
    set(open.has(k));
  } else {
    line.append(el('span', 'twisty-space'));
  }
  line.append(row(n));
  li.append(line);
  if (group) li.append(group);
  return li;
}
