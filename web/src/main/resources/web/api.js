// The public HTTP API (see API.md), and the failures a person should hear about.

/** The API could not be reached or said it is unavailable: the page shows the banner. */
export class Unavailable extends Error {}

/** The API answered with an error a person can act on (400, 404). */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

let controller = null;

/**
 * GET a JSON resource. `exclusive` cancels the previous exclusive request (typing fast). A failure
 * to reach the service is tried once more after a second before the page gives up on it.
 */
export async function getJson(path, params, exclusive = false) {
  let signal;
  if (exclusive) {
    if (controller) controller.abort();
    controller = new AbortController();
    signal = controller.signal;
  }
  const url = params ? path + '?' + params.toString() : path;
  try {
    return await fetchJson(url, signal);
  } catch (e) {
    if (!(e instanceof Unavailable)) throw e;
    await new Promise(resolve => setTimeout(resolve, 1000));
    if (signal && signal.aborted) throw new DOMException('aborted', 'AbortError');
    return fetchJson(url, signal);
  }
}

async function fetchJson(url, signal) {
  let res;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new Unavailable('无法连接到检索服务');
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    body = null;
  }
  if (res.status >= 500 || (!res.ok && body === null)) {
    throw new Unavailable(res.status === 503 ? '检索服务暂时不可用（数据库未连接）' : '检索服务出错（' + res.status + '）');
  }
  if (!res.ok) {
    const message = body && body.error && body.error.message ? body.error.message : '请求有误（' + res.status + '）';
    throw new ApiError(res.status, message);
  }
  return body;
}

/** A list out of a response that is either the list itself or an object holding it. */
export function listOf(body, ...keys) {
  if (Array.isArray(body)) return body;
  if (!body || typeof body !== 'object') return [];
  for (const k of keys) {
    if (Array.isArray(body[k])) return body[k];
  }
  return [];
}

let themes = null;

/** Theme id → Chinese label, loaded once (empty when the API cannot say). */
export async function themeLabels() {
  if (themes) return themes;
  try {
    const body = await getJson('/api/themes');
    themes = new Map(listOf(body, 'themes', 'items').map(t => [t.id, t.label || t.id]));
  } catch (e) {
    return new Map();
  }
  return themes;
}

let regions = null;

/** The region tree as nodes {name, level, code, reports, sections, children}. */
export async function regionTree() {
  if (regions) return regions;
  const body = await getJson('/api/regions');
  const levels = ['province', 'city', 'county', 'township'];
  const norm = (n, depth, path) => {
    const name = n.name || n.value || n.region || n.label || '';
    const p = path.concat(name);
    const kids = listOf(n, 'children', 'cities', 'counties', 'regions');
    return {
      name,
      code: n.code || null,
      level: n.level || levels[depth] || 'township',
      path: p,
      query: n.query || name,
      reports: n.reports ?? n.reportCount ?? n.count ?? null,
      sections: n.sections ?? n.sectionCount ?? null,
      children: kids.map(k => norm(k, depth + 1, p)),
    };
  };
  regions = listOf(body, 'provinces', 'regions', 'tree', 'children').map(n => norm(n, 0, []));
  return regions;
}
