// Small DOM helpers. Everything from the API is put in as text; only snippets keep their <mark>.

export const $ = id => document.getElementById(id);

/** An element with a class and text content (never HTML). */
export function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/** Appends children, skipping null/undefined/false. Strings become text nodes. */
export function add(parent, ...kids) {
  for (const k of kids) {
    if (k === null || k === undefined || k === false) continue;
    parent.append(k);
  }
  return parent;
}

/**
 * A snippet as DOM: the API sends escaped text with <mark> tags only. It is parsed inert and
 * rebuilt from its text and <mark> elements, so nothing else could ever reach the page.
 */
export function snippet(html) {
  const frag = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString('<body>' + (html || ''), 'text/html');
  const walk = (node, into) => {
    for (const n of node.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) {
        into.append(n.textContent);
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        if (n.tagName === 'MARK') {
          const m = document.createElement('mark');
          walk(n, m);
          into.append(m);
        } else {
          walk(n, into);
        }
      }
    }
  };
  walk(doc.body, frag);
  return frag;
}

/** The text with each figure's raw form emphasised as <strong class="fig">. */
export function emphasise(text, figures) {
  const frag = document.createDocumentFragment();
  const spans = [];
  let from = 0;
  for (const f of figures || []) {
    if (!f || !f.raw) continue;
    const at = text.indexOf(f.raw, from);
    const found = at >= 0 ? at : text.indexOf(f.raw);
    if (found < 0) continue;
    if (spans.some(s => found < s[1] && found + f.raw.length > s[0])) continue;
    spans.push([found, found + f.raw.length]);
    if (at >= 0) from = at + f.raw.length;
  }
  spans.sort((a, b) => a[0] - b[0]);
  let pos = 0;
  for (const [s, e] of spans) {
    if (s > pos) frag.append(text.slice(pos, s));
    frag.append(el('strong', 'fig', text.slice(s, e)));
    pos = e;
  }
  if (pos < text.length) frag.append(text.slice(pos));
  return frag;
}

const nf = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A normalised figure for people: 117690000 元 → "117,690,000 元（约 1.18 亿）". */
export function figureText(f) {
  if (!f || typeof f.value !== 'number') return f && f.raw ? f.raw : '';
  const v = f.value;
  let s = nf.format(v) + (f.unit ? ' ' + f.unit : '');
  const abs = Math.abs(v);
  if (abs >= 1e8) s += '（' + nf.format(v / 1e8) + ' 亿）';
  else if (abs >= 1e4 && f.unit !== '%') s += '（' + nf.format(v / 1e4) + ' 万）';
  return (f.approx ? '约 ' : '') + s;
}

/** The years a hit covers, compactly: [2019,2020,2021] → "2019–2021年". */
export function yearsText(years) {
  if (!years || !years.length) return '';
  const ys = [...new Set(years)].sort((a, b) => a - b);
  const contiguous = ys.every((y, i) => i === 0 || y === ys[i - 1] + 1);
  if (ys.length > 2 && contiguous) return ys[0] + '–' + ys[ys.length - 1] + '年';
  return ys.join('、') + '年';
}

/** The date part of an ISO time. */
export function dateText(iso) {
  return iso ? String(iso).slice(0, 10) : '';
}

/** A source link that opens the report's own page, or null. */
export function sourceLink(source, label = '原文') {
  const url = source && source.url;
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const a = el('a', 'source', label);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

/** The name of the PDF or Word file a report was read from (报告.pdf), or '' for pages and text files. */
export function documentName(source) {
  const file = source && source.file;
  return file && /\.(pdf|docx?|wps)$/i.test(file) ? file : '';
}

/**
 * The original file's name, as a link that opens it when the server still has it (`original`, same-origin
 * only), else as plain text; null for pages and text files.
 */
export function originalFile(source, original) {
  const name = documentName(source);
  if (!name) return null;
  const label = '原文件：' + name;
  if (!original || !/^\/api\/reports\/[^/]+\/original$/.test(original)) return el('span', 'file', label);
  const a = el('a', 'file', label);
  a.href = original;
  a.target = '_blank';
  a.rel = 'noopener';
  return a;
}

/** The words of a query a reader would look for in a text: no operators, no excluded words, longest first. */
export function queryWords(q) {
  const words = [];
  for (const m of String(q || '').matchAll(/(-?)"([^"]+)"|(-?)“([^”]+)”|(\S+)/g)) {
    const excluded = m[1] === '-' || m[3] === '-' || (m[5] && m[5].startsWith('-'));
    const word = (m[2] || m[4] || m[5] || '').replace(/^[-+]/, '').trim();
    if (!excluded && word && word !== 'OR' && word !== 'AND' && !words.includes(word)) words.push(word);
  }
  return words.sort((a, b) => b.length - a.length);
}

/** The text with every occurrence of the words in <mark> (as DOM, never HTML). */
export function marked(text, words) {
  const frag = document.createDocumentFragment();
  if (!words.length) {
    frag.append(text);
    return frag;
  }
  const pattern = new RegExp(words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  let pos = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > pos) frag.append(text.slice(pos, m.index));
    frag.append(el('mark', null, m[0]));
    pos = m.index + m[0].length;
  }
  if (pos < text.length) frag.append(text.slice(pos));
  return frag;
}
