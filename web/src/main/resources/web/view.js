// What every view shares: the outage banner, loading marks, failures and links between views.
import { Unavailable, ApiError } from './api.js';
import { $, el } from './dom.js';
import { toUrl, reportUrl } from './state.js';
import { current } from './router.js';

export function showBanner(message) {
  $('banner-text').textContent = message + '。请稍后重试。';
  $('banner').hidden = false;
  document.body.dataset.api = 'down';
}

export function hideBanner() {
  $('banner').hidden = true;
  document.body.dataset.api = 'up';
}

/** Common handling of a failed request; returns true when the caller should stop quietly. */
export function failed(e, statusEl) {
  if (e.name === 'AbortError') return true;
  if (e instanceof Unavailable) {
    showBanner(e.message);
    statusEl.textContent = '暂时无法获取结果';
  } else if (e instanceof ApiError) {
    hideBanner();
    statusEl.textContent = e.message;
    statusEl.dataset.code = e.code || '';
  } else {
    showBanner('页面出错：' + e.message);
    statusEl.textContent = '';
  }
  return false;
}

/**
 * A view's data for state s: null when it failed (the box is marked failed, the banner or the status
 * says why) or when the state moved on meanwhile.
 */
export async function loaded(promise, s, box, statusEl) {
  let value;
  try {
    value = await promise;
  } catch (e) {
    if (!failed(e, statusEl)) setFailed(box, s);
    return null;
  }
  if (current() !== s) return null;
  hideBanner();
  return value;
}

/** Marks a view as loading or settled; data-for names the URL it shows (tests wait on it). */
export function setBusy(box, busy, s) {
  box.setAttribute('aria-busy', String(busy));
  box.dataset.state = busy ? 'loading' : 'done';
  box.dataset.for = toUrl(s);
  box.classList.toggle('loading', busy);
}

export function setFailed(box, s) {
  box.setAttribute('aria-busy', 'false');
  box.dataset.state = 'error';
  box.dataset.for = toUrl(s);
  box.classList.remove('loading');
}

/** A link into the page (followed without reloading, see app.js). */
export function navLink(href, text, className = null) {
  const a = el('a', className, text);
  a.href = href;
  a.dataset.nav = '';
  return a;
}

/** A link to a report, at one of its sections with the query's words marked when given. */
export function reportLink(id, text, section = '', q = '') {
  return id ? navLink(reportUrl(id, section, q), text, 'report-link') : el('span', null, text);
}

/** A link to a region's page; r is the value that names the region alone (its query). */
export function regionLink(r, text) {
  return navLink(toUrl({ view: 'region', r }), text, 'region-link');
}
