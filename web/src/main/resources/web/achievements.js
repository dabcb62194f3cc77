// Achievements (sentences with figures): the quote with its figures emphasised, the normalised
// values, and a button that copies the sentence with its citation.
import { $, el, emphasise, figureText, dateText, documentName } from './dom.js';

/** The quote, its figures and the copy button; `cite` is {regionPath, region, title, source}. */
export function achievementItem(a, cite, ...extra) {
  const li = el('li', 'hit ach');
  const quote = el('blockquote', 'quote');
  quote.append(emphasise(a.text || '', a.figures));
  li.append(quote);
  const figs = el('p', 'figures');
  for (const f of a.figures || []) figs.append(el('span', 'value', figureText(f)));
  li.append(figs, ...extra, copyButton(a.text, cite));
  return li;
}

function copyButton(text, cite) {
  const b = el('button', 'copy', '复制引文');
  b.type = 'button';
  b.addEventListener('click', () => copyQuote(b, citation(text, cite)));
  return b;
}

/**
 * Quotation marks inside a quotation become the inner pair, as Chinese typesetting nests them:
 * “…”  inside “…” becomes ‘…’, and ‘…’ inside those becomes 『…』 (so no quote closes the outer one early).
 */
export function nestQuotes(text) {
  return text
    .replace(/‘([^‘’]*)’/g, '『$1』')
    .replace(/“([^“”]*)”/g, '‘$1’')
    .replace(/"([^"]*)"/g, '‘$1’');
}

/** “sentence”（region，《title》，date，url，file）: the file is named when the report came as a PDF or Word file. */
export function citation(text, { regionPath, region, title, source }) {
  const where = (regionPath && regionPath.length ? regionPath.join('') : region) || '';
  const file = documentName(source);
  const parts = [where, title ? '《' + title + '》' : '', dateText(source && source.publishedAt), source && source.url,
    file ? '原文件：' + file : ''].filter(Boolean);
  return '“' + nestQuotes((text || '').trim()) + '”' + (parts.length ? '（' + parts.join('，') + '）' : '');
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
