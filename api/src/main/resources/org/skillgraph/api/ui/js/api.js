// Every call to the API goes through here: the bearer token from the sign-in form rides along, and an
// error answer becomes an ApiError carrying the problem+json title and detail for the page to show.
const TOKEN_KEY = 'skillgraph.token';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.title = problem.title || `HTTP ${status}`;
    this.detail = problem.detail || '';
    this.code = problem.code || null;
    // The whole problem: editors read its extensions (errors[], cycle, dependents, currentETag).
    this.problem = problem;
  }
}

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (value) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** GET (or another method) under /api/v1; resolves to the JSON body, rejects with ApiError. */
export async function api(path, options = {}) {
  return (await request(path, options)).body;
}

/**
 * The same, resolving to {body, etag, status}: editors keep the ETag and send it back as If-Match. A raw
 * body (a File, or CSV text with its contentType) is sent as it is; anything else as JSON.
 */
export async function request(path, { method = 'GET', body, ifMatch, contentType, raw = false } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const bearer = token.get();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = contentType || 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  let response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : raw || body instanceof FormData ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, { title: 'The server cannot be reached', detail: String(e.message || e) });
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, json && typeof json === 'object' ? json : { detail: text.slice(0, 200) });
  }
  return { body: json, etag: response.headers.get('ETag'), status: response.status };
}

/** Every item of a cursor-paged listing (the demo's listings fit in a few pages). */
export async function all(path) {
  const items = [];
  let cursor = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await api(`${path}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** True when the server has no such route (yet): a 404 'no-such-route', not an unknown id. */
export const missingRoute = (e) => e.status === 405 || e.status === 501 || (e.status === 404 && e.code === 'no-such-route');

/** For endpoints still being built: the body, or null when the server does not answer that route yet. */
export async function optional(path) {
  try {
    return await api(path);
  } catch (e) {
    if (missingRoute(e)) return null;
    throw e;
  }
}

/** Who the token belongs to: {role, personId?}, or {role: null} when the server has no access control yet. */
export async function me() {
  try {
    return await api('/me');
  } catch (e) {
    if (missingRoute(e)) return { role: null, personId: null, authAvailable: false };
    throw e;
  }
}
