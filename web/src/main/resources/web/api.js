// The public HTTP API, read exactly as its OpenAPI document (/openapi.json) describes it: every
// response goes through a shape below, which copies the documented fields the page uses and nothing
// else. SHAPES names where each shape is documented; an e2e test checks every field against it.

/** A plain value (string, number, boolean, or null). */
const VALUE = true;
/** A list of plain values. */
const VALUES = [VALUE];

const schema = name => '#/components/schemas/' + name;
const response = path => '#/paths/' + path.replaceAll('/', '~1') + '/get/responses/200/content/application~1json/schema';

const Source = { ref: schema('Source'), fields: { file: VALUE, url: VALUE, publisher: VALUE, publishedAt: VALUE } };
const Figure = { ref: schema('Figure'), fields: { raw: VALUE, value: VALUE, unit: VALUE, approx: VALUE } };
const Hit = {
  ref: schema('Hit'),
  fields: {
    id: VALUE, type: VALUE, reportId: VALUE, sectionId: VALUE, reportTitle: VALUE, heading: VALUE,
    region: VALUE, regionPath: VALUES, years: VALUES, themes: VALUES, snippet: VALUE, text: VALUE,
    source: Source, figures: [Figure], missingTerms: VALUES,
  },
};
const RegionRef = { ref: schema('RegionRef'), fields: { code: VALUE, name: VALUE, level: VALUE, path: VALUES, query: VALUE } };
const RegionEntry = {
  fields: { value: VALUE, code: VALUE, count: VALUE, level: VALUE, path: VALUES, parent: VALUE, query: VALUE },
};
const SearchResult = {
  ref: schema('SearchResult'),
  fields: {
    total: VALUE, page: VALUE, size: VALUE, tookMs: VALUE, timedOut: VALUE, hits: [Hit],
    query: { fields: { terms: VALUES, partial: VALUE } },
    facets: {
      fields: {
        region: [RegionEntry],
        year: [{ fields: { value: VALUE, count: VALUE } }],
        theme: [{ fields: { value: VALUE, label: VALUE, count: VALUE } }],
        unit: [{ fields: { value: VALUE, label: VALUE, count: VALUE } }],
      },
    },
  },
};
const TrendPoint = { ref: schema('TrendPoint'), fields: { key: VALUE, label: VALUE, hits: VALUE, sum: VALUE, max: VALUE } };
const Achievement = { fields: { id: VALUE, text: VALUE, figures: [Figure] } };
const Report = {
  ref: schema('Report'),
  fields: {
    id: VALUE, title: VALUE, region: VALUE, regionPath: VALUES, years: VALUES, source: Source, original: VALUE,
    subReports: [{ fields: { heading: VALUE, region: VALUE, regionCode: VALUE } }],
    sections: [{
      fields: {
        id: VALUE, heading: VALUE, headingPath: VALUES, themes: VALUES, years: VALUES, region: VALUE,
        regionPath: VALUES, text: VALUE, achievements: [Achievement],
      },
    }],
  },
};
const RegionNode = {
  ref: schema('RegionNode'),
  fields: { code: VALUE, name: VALUE, level: VALUE, path: VALUES, query: VALUE, reports: VALUE, sections: VALUE },
};
RegionNode.fields.children = [RegionNode];
const ErrorBody = {
  ref: schema('Error'),
  fields: { error: { fields: { status: VALUE, code: VALUE, messageZh: VALUE, param: VALUE, reason: VALUE, choices: [RegionRef] } } },
};
const RegionReports = {
  ref: schema('RegionReports'),
  fields: {
    region: RegionRef, total: VALUE, page: VALUE, size: VALUE,
    reports: [{ fields: { id: VALUE, title: VALUE, region: VALUE, years: VALUES, sectionsHere: VALUE } }],
  },
};

/** Each response the page reads: where the OpenAPI document describes it, and what the page takes from it. */
export const SHAPES = {
  search: { at: response('/api/search'), shape: SearchResult },
  report: { at: response('/api/reports/{id}'), shape: Report },
  regions: { at: response('/api/regions'), shape: { fields: { regions: [RegionNode] } } },
  themes: { at: response('/api/themes'), shape: { fields: { themes: [{ fields: { id: VALUE, label: VALUE } }] } } },
  suggest: { at: response('/api/suggest'), shape: { fields: { options: [{ ref: schema('SuggestOption'), fields: { text: VALUE, kind: VALUE, region: RegionRef } }] } } },
  regionReports: { at: response('/api/regions/{code}/reports'), shape: RegionReports },
  similar: { at: response('/api/sections/{id}/similar'), shape: { fields: { hits: [Hit] } } },
  compare: {
    at: response('/api/regions/compare'),
    shape: {
      fields: {
        regions: [{
          fields: {
            region: RegionRef,
            total: { fields: { reports: VALUE, sections: VALUE, achievements: VALUE } },
            byYear: [{ fields: { year: VALUE, reports: VALUE, sections: VALUE, achievements: VALUE } }],
            byTheme: [{ fields: { value: VALUE, label: VALUE, sections: VALUE } }],
          },
        }],
      },
    },
  },
  trend: { at: response('/api/figures/trend'), shape: { fields: { units: VALUES, total: VALUE, byYear: [TrendPoint], byRegion: [TrendPoint] } } },
  error: { at: schema('Error'), shape: ErrorBody },
};

/** The documented fields of a body, recursively; missing lists become [], missing values null. */
function read(shape, body) {
  const out = {};
  const from = body && typeof body === 'object' ? body : {};
  for (const [name, field] of Object.entries(shape.fields)) {
    const v = from[name];
    if (field === VALUE) out[name] = v === undefined ? null : v;
    else if (Array.isArray(field)) out[name] = Array.isArray(v) ? v.map(x => (field[0] === VALUE ? x : read(field[0], x))) : [];
    else out[name] = read(field, v);
  }
  return out;
}

/** The API could not be reached or said it is unavailable: the page shows the banner. */
export class Unavailable extends Error {}

/**
 * The API answered with an error a person can act on (400, 404): the message is Chinese; `code`,
 * `reason` and `param` are the API's; `choices` the regions an ambiguous name could mean.
 */
export class ApiError extends Error {
  constructor(status, error) {
    super(error.messageZh || ERROR_MESSAGES[error.code] || '请求有误（' + status + '）');
    this.status = status;
    this.code = error.code;
    this.reason = error.reason;
    this.param = error.param;
    this.choices = error.choices;
  }
}

/** What the page says for each error code of the API (the OpenAPI document's Error.code). */
export const ERROR_MESSAGES = {
  bad_parameter: '链接中的搜索条件有误，无法显示结果。请去掉有误的筛选，或重新搜索。',
  not_found: '没有找到要查看的内容，它可能已被删除或重新收录。',
  search_unavailable: '检索服务暂时不可用（数据库未连接）',
  internal_error: '检索服务出错，已记录下来',
  method_not_allowed: '页面发出了检索服务不接受的请求，请刷新页面后重试。',
  overloaded: '检索服务正忙',
  search_timeout: '搜索用时过长，请缩小范围（加上地区、年份或更具体的词语）后再试。',
  bad_request: '请求无法识别，请检查链接后重试。',
  uri_too_long: '链接太长，请缩短搜索词或减少筛选条件后再试。',
  headers_too_large: '请求头太大，请清除本站的 Cookie 后再试。',
  request_timeout: '请求发送得太慢，已超时，请重试。',
  request_too_large: '请求内容太大，本服务只接受查询。',
  http_version_not_supported: '不支持该 HTTP 版本，请换用常见的浏览器。',
};

let controller = null;

/**
 * GET a JSON resource. `exclusive` cancels the previous exclusive request (typing fast). A failure
 * to reach the service is tried once more after a second before the page gives up on it.
 */
async function getJson(path, params, exclusive = false) {
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
    // the banner says these in its own words, followed by 请稍后重试
    const code = body === null ? null : read(ErrorBody, body).error.code;
    throw new Unavailable(ERROR_MESSAGES[code] || (res.status === 503 ? ERROR_MESSAGES.search_unavailable : '检索服务出错（' + res.status + '）'));
  }
  if (!res.ok) throw new ApiError(res.status, read(ErrorBody, body).error);
  return body;
}

/** One page of hits with facets (GET /api/search); `exclusive` cancels the search before it. */
export async function search(params, exclusive = false) {
  return read(SearchResult, await getJson('/api/search', params, exclusive));
}

export async function report(id) {
  return read(Report, await getJson('/api/reports/' + encodeURIComponent(id)));
}

/** Suggestions for typed text: [{text, kind (region, phrase, title), region}] (GET /api/suggest). */
export async function suggestions(q) {
  return read(SHAPES.suggest.shape, await getJson('/api/suggest', new URLSearchParams({ q }))).options;
}

/** Sections of other reports in other regions describing the same kind of work (GET /api/sections/{id}/similar). */
export async function similarSections(id) {
  return read(SHAPES.similar.shape, await getJson('/api/sections/' + encodeURIComponent(id) + '/similar')).hits;
}

/** Two to six regions side by side: their reports, sections and figures by year and theme (GET /api/regions/compare). */
export async function compareRegions(regions) {
  const params = new URLSearchParams();
  for (const r of regions) params.append('region', r);
  return read(SHAPES.compare.shape, await getJson('/api/regions/compare', params)).regions;
}

/** The figures of an achievements search in one unit group, by year and by region (GET /api/figures/trend). */
export async function figureTrend(params) {
  return read(SHAPES.trend.shape, await getJson('/api/figures/trend', params));
}

/** One page of a region's reports, newest first (GET /api/regions/{code}/reports). */
export async function regionReports(code, page, size) {
  const params = new URLSearchParams({ page: String(page), size: String(size) });
  return read(RegionReports, await getJson('/api/regions/' + encodeURIComponent(code) + '/reports', params));
}

let themes = null;

/** Theme id → Chinese label, loaded once (empty when the API cannot say, so ids show instead). */
export async function themeLabels() {
  if (themes) return themes;
  try {
    const body = read(SHAPES.themes.shape, await getJson('/api/themes'));
    themes = new Map(body.themes.map(t => [t.id, t.label || t.id]));
  } catch (e) {
    return new Map();
  }
  return themes;
}

let regions = null;

/** The region tree (GET /api/regions): nodes {code, name, level, path, query, reports, sections, children}. */
export async function regionTree() {
  if (!regions) regions = read(SHAPES.regions.shape, await getJson('/api/regions')).regions;
  return regions;
}
