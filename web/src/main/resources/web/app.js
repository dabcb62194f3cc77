'use strict';
// First slice: a search box and a list of hits, using only GET /api/search.
const form = document.getElementById('search');
const input = document.getElementById('q');
const list = document.getElementById('results');
const status = document.getElementById('status');

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

async function search(q) {
  status.textContent = '正在搜索…';
  list.replaceChildren();
  try {
    const res = await fetch('/api/search?' + new URLSearchParams({ q }));
    const body = await res.json();
    if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
    status.textContent = body.total ? `共 ${body.total} 条结果` : '没有找到';
    for (const hit of body.hits) {
      const li = el('li');
      li.append(el('h3', null, hit.heading || hit.reportTitle));
      const snippet = el('p', 'snippet');
      snippet.innerHTML = hit.snippet; // the API escapes the text and adds only <mark>
      li.append(snippet);
      li.append(el('p', 'meta', [hit.regionPath.join(' › '), hit.years.join('、'), hit.reportTitle].filter(Boolean).join(' · ')));
      list.append(li);
    }
  } catch (e) {
    status.textContent = '搜索服务暂时不可用:' + e.message;
  }
}

form.addEventListener('submit', e => { e.preventDefault(); search(input.value); });
