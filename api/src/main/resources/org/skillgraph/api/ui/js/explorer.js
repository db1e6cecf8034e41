// Explorer: search, the neighbourhood graph (Cytoscape.js from its webjar), details and validation.
import { all, api } from './api.js';
import { details } from './details.js';
import { byId, clear, el, panel, showProblem, status } from './dom.js';
import { initShell } from './shell.js';
import { validationReport } from './validation.js';

const TYPES = ['REQUIRES', 'RELATED', 'IN_TOPIC', 'BROADER', 'NEEDS', 'LEADS_TO', 'TEACHES', 'ASSUMES', 'CERTIFIES'];
const TYPE_WORDS = { REQUIRES: 'requires (prerequisite)', RELATED: 'related', IN_TOPIC: 'in topic', BROADER: 'narrower → broader',
  NEEDS: 'role needs', LEADS_TO: 'career move', TEACHES: 'module teaches', ASSUMES: 'module assumes', CERTIFIES: 'badge certifies' };
const NODE_COLOURS = { Skill: '#0b5cad', Role: '#8a5a00', Module: '#1d6b32', Topic: '#6b3fa0', Badge: '#a3162b' };
const EDGE_COLOURS = { REQUIRES: '#a3162b', TEACHES: '#1d6b32', ASSUMES: '#5d7a2a', NEEDS: '#8a5a00', LEADS_TO: '#b05f00' };

const catalogue = {};
const expanded = new Set();
let centerId = null;
let cy = null;

const checkedTypes = () => TYPES.filter((t) => byId(`type-${t}`).checked);
const shownKinds = () => new Set(Object.keys(NODE_COLOURS).filter((k) => byId(`kind-${k}`).checked));

function initGraph() {
  // The legend doubles as the filter by kind of node; colour is never the only cue (the node list says each kind).
  byId('legend').append(...Object.entries(NODE_COLOURS).map(([label, colour]) => el('label', {},
    el('input', { type: 'checkbox', id: `kind-${label}`, checked: true, onchange: applyFilter }),
    el('span', { class: 'swatch', style: `background:${colour};border-radius:50%` }), `${label}s`)));
  const fieldset = byId('types');
  for (const type of TYPES) {
    fieldset.append(el('label', {}, el('input', { type: 'checkbox', id: `type-${type}`, value: type, checked: true, onchange: applyFilter }),
      el('span', { class: 'swatch line', style: `background:${EDGE_COLOURS[type] || '#6b7483'}` }), TYPE_WORDS[type]));
  }
  byId('layout').addEventListener('change', layout);
  cy = window.cytoscape({
    container: byId('cy'),
    minZoom: 0.2,
    maxZoom: 3,
    // Labels keep a legible size on screen whatever the zoom, and a white backing so crossing edges do not blur them.
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(name)', 'font-size': 12, 'min-zoomed-font-size': 7, color: '#1b1f24', 'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18, 'text-wrap': 'ellipsis', 'text-max-width': 120, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#12263f' } },
      { selector: 'node.center', style: { width: 28, height: 28, 'border-width': 4, 'border-color': '#ffbf47' } },
      { selector: 'node:selected', style: { 'overlay-color': '#ffbf47', 'overlay-opacity': 0.35 } },
      { selector: 'edge', style: { width: 1.5, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'font-size': 10, color: '#1b1f24', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9 } },
      // Edge labels only along the highlighted path: on every edge they are what made the graph a hairball.
      { selector: 'edge.path', style: { width: 3.5, label: 'data(words)', 'z-index': 10 } },
      { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#ffbf47' } },
      { selector: '.faded', style: { opacity: 0.25 } },
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
    const level = e.properties && e.properties.level ? ` ${e.properties.level}` : '';
    cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, type: e.type, words: `${TYPE_WORDS[e.type] || e.type}${level}`, colour: EDGE_COLOURS[e.type] || '#6b7483' } });
  }
  return added;
}

/**
 * Lays the visible graph out without randomness, so the same nodes always land in the same places:
 * "layered" puts every node below the ones pointing at it (a dependent skill above its prerequisites,
 * a module or role above the skills it teaches or needs); "rings" puts the centre in the middle and the
 * rest in rings by distance. Nodes are laid out in id order, whatever order the expansions added them in.
 */
function layout() {
  const visible = cy.elements().not('.hidden');
  const nodes = visible.nodes().sort((a, b) => a.id().localeCompare(b.id()));
  const options = byId('layout').value === 'layered'
    ? { name: 'preset', positions: layeredPositions(nodes), fit: true, padding: 24 }
    : { name: 'concentric', minNodeSpacing: 28, avoidOverlap: true, nodeDimensionsIncludeLabels: true, padding: 20,
      concentric: (n) => (n.id() === centerId ? 3 : expanded.has(n.id()) ? 2 : 1), levelWidth: () => 1, sort: (a, b) => a.id().localeCompare(b.id()) };
  nodes.union(visible.edges()).layout({ ...options, animate: false }).run();
}

/**
 * Longest-path layering along the visible edges' direction (a node sits one layer below the lowest node
 * pointing at it), each layer in id order, wrapped into rows that fit the view so labels need no shrinking.
 */
function layeredPositions(nodes) {
  const layer = new Map(nodes.map((n) => [n.id(), 0]));
  const edges = cy.edges().not('.hidden');
  // At most one round per node: a cycle (refused by the API, but imports of old data may hold one) stops there.
  for (let round = 0, changed = true; changed && round < nodes.length; round += 1) {
    changed = false;
    edges.forEach((e) => {
      const below = layer.get(e.source().id()) + 1;
      if (below > layer.get(e.target().id())) {
        layer.set(e.target().id(), below);
        changed = true;
      }
    });
  }
  const perRow = Math.max(2, Math.floor(cy.width() / 150));
  const positions = {};
  let y = 0;
  for (const l of [...new Set(layer.values())].sort((a, b) => a - b)) {
    const members = nodes.filter((n) => layer.get(n.id()) === l).map((n) => n.id());
    for (let start = 0; start < members.length; start += perRow) {
      const row = members.slice(start, start + perRow);
      row.forEach((id, i) => { positions[id] = { x: (i - (row.length - 1) / 2) * 150, y }; });
      y += 70;
    }
    y += 40;
  }
  return positions;
}

/** Highlights the shortest path from the centre to a node (edges either way), fading what is off it. */
function highlightPath(id) {
  cy.elements().removeClass('path faded');
  if (!centerId || id === centerId) return;
  const visible = cy.elements().not('.hidden');
  const found = visible.dijkstra({ root: cy.getElementById(centerId), directed: false });
  const path = found.pathTo(cy.getElementById(id));
  if (path.empty()) return;
  path.addClass('path');
  visible.not(path).addClass('faded');
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
  highlightPath(id);
  await panel(byId('details'), 'Details', () => details({ id, label: node.data('label'), name: node.data('name') }));
}

/** Hides relationships of unticked types, nodes of unticked kinds, and the nodes only those connected. */
function applyFilter() {
  const shown = new Set(checkedTypes());
  const kinds = shownKinds();
  cy.batch(() => {
    cy.nodes().forEach((n) => n.toggleClass('hidden', n.id() !== centerId && !kinds.has(n.data('label'))));
    cy.edges().forEach((e) => e.toggleClass('hidden', !shown.has(e.data('type')) || e.source().hasClass('hidden') || e.target().hasClass('hidden')));
    cy.nodes().forEach((n) => {
      const visibleEdges = n.connectedEdges().filter((e) => !e.hasClass('hidden'));
      if (n.id() !== centerId && visibleEdges.length === 0) n.addClass('hidden');
    });
  });
  if (cy.nodes().nonempty()) layout();
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
