// The curriculum editor: open a skill, topic, role or module (or create one), edit it in a form, preview
// the edit as a what-if, save it with If-Match so nobody's change is overwritten unseen, delete it with the
// API's guard rails. Every refusal is explained by conflicts.js.
import { all, request } from './api.js';
import { byId, clear, el, panel, status } from './dom.js';
import { differences, markInvalid, refusal } from './conflicts.js';
import { SPECS, editorFields, readBody } from './editors.js';
import { refuseUnlessAllowed, initShell } from './shell.js';
import { validationReport } from './validation.js';
import { previewWhatIf, whatIfChanges } from './whatif.js';

const enc = encodeURIComponent;
const ORDER = ['skill', 'role', 'module', 'topic'];
/** The node being edited: kind, id, the ETag and the body as saved (null when creating). */
let current = null;

async function load(kind, id) {
  const spec = SPECS[kind];
  const answer = await request(`/${spec.endpoint}/${enc(id)}`);
  const extra = {};
  if (kind === 'skill') {
    // The skill's detail has no broader skills; a PUT without them would drop them, so read them here.
    const around = await request(`/graph/neighbourhood?id=${enc(id)}&types=BROADER`);
    extra.broader = around.body.edges.filter((e) => e.source === id && e.type === 'BROADER').map((e) => e.target);
  }
  return { kind, id, etag: answer.etag, saved: spec.fromDetail(answer.body, extra), name: answer.body[spec.name] };
}

/** Opens a node by id; without a kind, the first kind that knows the id. */
async function open(id, kind) {
  status(`Opening ${id}…`);
  const editor = byId('editor');
  for (const k of kind ? [kind] : ORDER) {
    try {
      current = await load(k, id);
      history.replaceState(null, '', `?kind=${k}&id=${enc(id)}`);
      byId('open-kind').value = k;
      byId('open-id').value = id;
      draw();
      status(`${SPECS[k].label} ${current.name} opened.`);
      return;
    } catch (e) {
      if (e.status !== 404 || kind) {
        clear(editor, refusal(e));
        return;
      }
    }
  }
  clear(editor, el('p', { class: 'problem', role: 'alert' }, `Nothing has the id “${id}”. Check it, or create it with “New”.`));
}

function create(kind) {
  current = { kind, id: null, etag: null, saved: null };
  history.replaceState(null, '', `?new=${kind}`);
  draw();
  byId('f-id').focus();
}

function draw() {
  const { kind, id, saved } = current;
  const spec = SPECS[kind];
  const message = el('div', { id: 'edit-message', 'aria-live': 'polite' });
  const preview = el('div', { id: 'whatif', 'aria-live': 'polite' });
  const form = el('form', { id: 'edit-form', class: 'stacked', onsubmit: (event) => { event.preventDefault(); save(form, message); } },
    editorFields(kind, saved || { kind: 'skill', core: true, status: 'draft', modality: 'course', pacing: 'self-paced' }, !saved),
    el('p', { class: 'actions' },
      el('button', { type: 'submit', id: 'save' }, saved ? 'Save' : `Create the ${spec.label.toLowerCase()}`),
      saved ? el('button', { type: 'button', class: 'secondary', id: 'preview', onclick: () => panel(preview, 'What-if', () => previewWhatIf(whatIfChanges(kind, id, saved, readBody(kind, form)))) }, 'Preview the effect on routes') : null,
      saved ? el('button', { type: 'button', class: 'secondary', id: 'delete', onclick: () => confirmDelete(message, preview) }, 'Delete…') : null,
      saved ? el('a', { href: `/ui/explorer.html?node=${enc(id)}` }, 'Show in the explorer') : null));
  clear(byId('editor'),
    el('p', {}, el('span', { class: 'kind' }, spec.label), ' ', el('strong', { id: 'editing' }, saved ? `${current.name} (${id})` : `New ${spec.label.toLowerCase()}`)),
    form, message, el('h3', {}, 'Effect on routes'), preview);
}

async function save(form, message, body = readBody(current.kind, form), etag = current.etag) {
  const { kind, id, saved } = current;
  const spec = SPECS[kind];
  try {
    await (saved
      ? request(`/${spec.endpoint}/${enc(id)}`, { method: 'PUT', body, ifMatch: etag })
      : request(`/${spec.endpoint}`, { method: 'POST', body }));
    markInvalid(form, null);
    await open(saved ? id : body.id, kind);
    clear(byId('edit-message'), el('p', { class: 'ok', id: 'saved' }, saved ? 'Saved.' : 'Created.'));
    status(`${spec.label} saved.`);
    validationReport(byId('validation'));
  } catch (e) {
    markInvalid(form, e);
    clear(message, refusal(e, {
      reload: () => open(id, kind),
      compare: () => compare(form, message, body),
    }));
    status(`Not saved: ${e.title}`);
  }
}

/** Someone else's version beside the pending one, with the choice of keeping either. */
async function compare(form, message, mine) {
  const theirs = await load(current.kind, current.id);
  const rows = differences(mine, theirs.saved);
  clear(message, el('div', { class: 'problem', role: 'alert', id: 'compare' },
    el('p', { class: 'problem-title' }, `${rows.length} field(s) differ between your edit and the current version`),
    el('table', { id: 'compare-table' }, el('thead', {}, el('tr', {}, ['Field', 'Yours', 'Current'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map((r) => el('tr', { dataset: { field: r.field } }, el('td', {}, r.field), el('td', {}, r.mine), el('td', {}, r.theirs))))),
    el('p', { class: 'actions' },
      el('button', { type: 'button', id: 'keep-mine', onclick: () => save(form, message, readBody(current.kind, form), theirs.etag) }, 'Save mine over it'),
      ' ', el('button', { type: 'button', class: 'secondary', id: 'take-theirs', onclick: () => open(current.id, current.kind) }, 'Take the current version'))));
}

function confirmDelete(message, preview) {
  const { kind, id, saved } = current;
  panel(preview, 'What-if', () => previewWhatIf(whatIfChanges(kind, id, saved, null)));
  clear(message, el('div', { class: 'confirm', role: 'alert' },
    el('p', {}, `Delete ${current.name}? The effect on routes is shown below.`),
    el('button', { type: 'button', id: 'confirm-delete', onclick: () => remove(message, false) }, 'Delete'), ' ',
    el('button', { type: 'button', class: 'secondary', onclick: () => clear(message) }, 'Keep it')));
}

async function remove(message, force) {
  const { kind, id } = current;
  const spec = SPECS[kind];
  try {
    await request(`/${spec.endpoint}/${enc(id)}${force ? '?force=true' : ''}`, { method: 'DELETE', ifMatch: current.etag });
    current = null;
    clear(byId('editor'), el('p', { class: 'ok', id: 'deleted' }, `${spec.label} ${id} deleted.`));
    history.replaceState(null, '', location.pathname);
    status(`${spec.label} deleted.`);
    validationReport(byId('validation'));
  } catch (e) {
    clear(message, refusal(e, {
      reload: () => open(id, kind),
      compare: () => open(id, kind),
      force: () => remove(message, true),
      retire: () => {
        byId('f-status').value = 'retired';
        byId('edit-form').requestSubmit();
      },
    }));
  }
}

async function datalists() {
  const lists = await Promise.all(['skills', 'roles', 'topics'].map(async (endpoint) => [endpoint, await all(`/${endpoint}`).catch(() => [])]));
  clear(byId('datalists'), lists.map(([endpoint, items]) => el('datalist', { id: `dl-${endpoint}` },
    items.map((x) => el('option', { value: x.id }, x.name || x.title)))),
  el('datalist', { id: 'dl-all' }, lists.flatMap(([, items]) => items.map((x) => el('option', { value: x.id }, x.name || x.title)))));
}

const who = await initShell();
if (!refuseUnlessAllowed(who)) {
  byId('open-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const id = byId('open-id').value.trim();
    if (id) open(id, byId('open-kind').value);
  });
  byId('create').addEventListener('click', () => create(byId('open-kind').value));
  datalists();
  validationReport(byId('validation'));
  const query = new URLSearchParams(location.search);
  if (query.get('new') && SPECS[query.get('new')]) create(query.get('new'));
  else if (query.get('id')) open(query.get('id'), SPECS[query.get('kind')] ? query.get('kind') : null);
}
