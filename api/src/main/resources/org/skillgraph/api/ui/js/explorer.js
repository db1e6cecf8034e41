// Explorer: search, the neighbourhood graph (Cytoscape.js from its webjar), details and validation.
import { all, api } from './api.js';
import { details } from './details.js';
import { byId, clear, el, panel, showProblem, status } from './dom.js';
import { initShell } from './shell.js';
import { validationReport } from './validation.js';

const TYPES = ['REQUIRES', 'RELATED', 'IN_TOPIC', 'BROADER', 'NEEDS', 'LEADS_TO', 'TEACHES', 'ASSUMES', 'CERTIFIES'];
const NODE_COLOURS = { Skill: '#0b5cad', Role: '#8a5a00', Module: '#1d6b32', Topic: '#6b3fa0', Badge: '#a3162b' };
const EDGE_COLOURS = { REQUIRES: '#a3162b', TEACHES: '#1d6b32', ASSUMES: '#5d7a2a', NEEDS: '#8a5a00', LEADS_TO: '#b05f00' };

const catalogue = {};
const expanded = new Set();
let centerId = null;
let cy = null;

const checkedTypes = () => TYPES.filter((t) => byId(`type-${t}`).checked);

function initGraph() {
  // Colour is never the only cue: names are drawn on the nodes and the node list says each kind.
  byId('legend').append(...Object.entries(NODE_COLOURS).map(([label, colour]) =>
    el('span', {}, el('span', { class: 'swatch', style: `background:${colour};border-radius:50%` }), label)));
  const fieldset = byId('types');
  for (const type of TYPES) {
    fieldset.append(el('label', {}, el('input', { type: 'checkbox', id: `type-${type}`, value: type, checked: true, onchange: applyFilter }), ` ${type}`));
  }
  cy = window.cytoscape({
    container: byId('cy'),
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(name)', 'font-size': 10, color: '#1b1f24', 'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18, 'text-wrap': 'ellipsis', 'text-max-width': 130 } },
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#12263f' } },
      { selector: 'node.center', style: { width: 28, height: 28, 'border-width': 4, 'border-color': '#ffbf47' } },
      { selector: 'node:selected', style: { 'overlay-color': '#ffbf47', 'overlay-opacity': 0.35 } },
      { selector: 'edge', style: { width: 1.5, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(type)', 'font-size': 7, color: '#4a5260', 'text-rotation': 'autorotate' } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  // A tap both selects (details) and expands, which is what a designer exploring wants most often.
  cy.on('tap', 'node', (event) => {
    const id = event.target.id();
    select(id);
    expand(id);
  });
  byId('zoom-in').addEventListener('click', () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: center() }));
  byId('zoom-out').addEventListener('click', () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: center() }));
  byId('fit').addEventListener('click', () => cy.fit(undefined, 20));
}

const center = () => ({ x: cy.width() / 2, y: cy.height() / 2 });

async function neighbourhood(id) {
  const types = checkedTypes();
  const query = new URLSearchParams({ id, depth: '1' });
  if (types.length) query.set('types', types.join(','));
  return api(`/graph/neighbourhood?${query}`);
}

function add(answer) {
  let added = 0;
  for (const n of answer.nodes) {
    if (cy.getElementById(n.id).nonempty()) continue;
    cy.add({ group: 'nodes', data: { id: n.id, name: n.name || n.id, label: n.label, colour: NODE_COLOURS[n.label] || '#4a5260' } });
    added += 1;
  }
  for (const e of answer.edges) {
    // A walk cut at the node limit may name ends it did not return; Cytoscape refuses such edges.
    if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
    const id = `${e.source}|${e.type}|${e.target}`;
    if (cy.getElementById(id).nonempty()) continue;
    cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, type: e.type, colour: EDGE_COLOURS[e.type] || '#6b7483' } });
  }
  return added;
}

function layout() {
  cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, padding: 20, nodeRepulsion: () => 12000, idealEdgeLength: () => 90 }).run();
}

/** Starts the graph afresh around a node. */
async function open(id) {
  status(`Loading the neighbourhood of ${id}…`);
  try {
    const answer = await neighbourhood(id);
    cy.elements().remove();
    expanded.clear();
    add(answer);
    centerId = answer.center.id;
    expanded.add(centerId);
    cy.getElementById(centerId).addClass('center expanded');
    layout();
    applyFilter();
    history.replaceState(null, '', `?node=${encodeURIComponent(centerId)}`);
    await select(centerId);
    status(`Showing ${answer.center.name || centerId} and ${answer.nodes.length - 1} neighbours${answer.truncated ? ' (cut at the limit)' : ''}.`);
  } catch (e) {
    showProblem(byId('details'), e, `Cannot open ${id}`);
  }
}

/** Adds a node's own neighbourhood to the graph. */
async function expand(id) {
  if (expanded.has(id)) return;
  expanded.add(id);
  status(`Expanding ${id}…`);
  try {
    const added = add(await neighbourhood(id));
    cy.getElementById(id).addClass('expanded');
    layout();
    applyFilter();
    status(`Expanded ${cy.getElementById(id).data('name')}: ${added} new nodes.`);
  } catch (e) {
    expanded.delete(id);
    showProblem(byId('details'), e, `Cannot expand ${id}`);
  }
}

async function select(id) {
  const node = cy.getElementById(id);
  cy.$(':selected').unselect();
  node.select();
  await panel(byId('details'), 'Details', () => details({ id, label: node.data('label'), name: node.data('name') }));
}

/** Hides relationships of unticked types and the nodes only they connected. */
function applyFilter() {
  const shown = new Set(checkedTypes());
  cy.batch(() => {
    cy.edges().forEach((e) => e.toggleClass('hidden', !shown.has(e.data('type'))));
    cy.nodes().forEach((n) => {
      const visibleEdges = n.connectedEdges().filter((e) => !e.hasClass('hidden'));
      n.toggleClass('hidden', n.id() !== centerId && visibleEdges.length === 0);
    });
  });
  drawNodeList();
}

function drawNodeList() {
  const nodes = cy.nodes().filter((n) => !n.hasClass('hidden'));
  const edges = cy.edges().filter((e) => !e.hasClass('hidden'));
  const summary = byId('graph-summary');
  summary.textContent = `${nodes.length} nodes, ${edges.length} relationships`;
  summary.dataset.nodes = String(nodes.length);
  summary.dataset.edges = String(edges.length);
  const sorted = nodes.toArray().sort((a, b) => a.data('label').localeCompare(b.data('label')) || a.data('name').localeCompare(b.data('name')));
  clear(byId('node-list'), sorted.map((n) => el('li', { dataset: { id: n.id() } },
    el('button', { type: 'button', class: 'link', onclick: () => select(n.id()) }, n.data('name')),
    ' ', el('span', { class: 'kind' }, n.data('label')), ' ',
    expanded.has(n.id())
      ? el('span', { class: 'muted' }, '(expanded)')
      : el('button', { type: 'button', class: 'secondary expand', 'aria-label': `Expand ${n.data('name')}`, onclick: () => expand(n.id()) }, 'Expand'))));
}

async function search(event) {
  event.preventDefault();
  const kind = byId('kind').value;
  const q = byId('q').value.trim();
  const results = byId('results');
  status(`Searching ${kind} for “${q}”…`);
  try {
    let hits;
    if (kind === 'skills') {
      hits = (await api(`/skills?${new URLSearchParams({ q, limit: '25' })}`)).items.map((s) => ({ id: s.id, name: s.name, label: 'Skill' }));
    } else {
      catalogue[kind] = catalogue[kind] || (await all(`/${kind}`));
      const needle = q.toLowerCase();
      hits = catalogue[kind].filter((x) => `${x.id} ${x.title} ${x.family || ''}`.toLowerCase().includes(needle))
        .map((x) => ({ id: x.id, name: x.title, label: kind === 'roles' ? 'Role' : 'Module' }));
    }
    clear(results, hits.length === 0 ? el('p', {}, `No ${kind} match “${q}”.`)
      : el('ul', { class: 'plain results', 'aria-label': 'Search results' }, hits.map((h) => el('li', {},
        el('button', { type: 'button', class: 'link result', dataset: { id: h.id }, onclick: () => open(h.id) }, h.name),
        ' ', el('span', { class: 'kind' }, h.label)))));
    status(`${hits.length} ${kind} found for “${q}”.`);
  } catch (e) {
    showProblem(results, e, 'Search failed');
  }
}

// Links to nodes (details panel, findings) open in place; a new tab still works through ?node=.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-node]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  open(link.dataset.node);
  byId('graph-h').scrollIntoView();
});

await initShell();
initGraph();
byId('search-form').addEventListener('submit', search);
validationReport(byId('validation'));
const start = new URLSearchParams(location.search).get('node');
if (start) open(start);
