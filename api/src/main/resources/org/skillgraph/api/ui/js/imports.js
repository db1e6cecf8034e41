// Imports: a file in one of the formats the API reads, its dry run (what would be created, updated or left
// unchanged; nothing written), then the import itself. Apply stays disabled until the same content has
// passed a dry run, so nothing is written unseen. ESCO has no dry run: applying it asks first.
import { request } from './api.js';
import { byId, clear, el, panel, status } from './dom.js';
import { refusal } from './conflicts.js';
import { initShell, refuseUnlessAllowed } from './shell.js';

/** The formats, their endpoints, body types and who may use them (the access matrix). */
const FORMATS = {
  bundle: { label: 'skillgraph bundle (JSON)', path: '/import', type: 'application/json', accept: '.json', roles: ['admin'],
    help: 'The bundle format of the demo organisation: topics, skills, roles, modules, people, cohorts, badges. Admins only, since it can hold people.' },
  case: { label: 'CASE 1.1 package (JSON)', path: '/import/case', type: 'application/json', accept: '.json', roles: ['admin', 'designer'],
    help: 'A 1EdTech CASE package: items become skills, associations prerequisites and broader skills.' },
  moodle: { label: 'Moodle competency framework (CSV)', path: '/import/moodle', type: 'text/csv', accept: '.csv', roles: ['admin', 'designer'],
    help: 'The CSV Moodle’s framework exporter writes.' },
  onet: { label: 'O*NET text database (zip)', path: '/import/onet', type: 'application/zip', accept: '.zip', roles: ['admin', 'designer'], binary: true,
    help: 'The zip of O*NET’s text database (db_NN_N_text.zip): occupations become roles, their skills and knowledge the profiles.' },
  esco: { label: 'ESCO classification (two zips)', path: '/import/esco', roles: ['admin', 'designer'], multipart: true, accept: '.zip',
    help: 'ESCO’s classification zip and relations zip. ESCO has no dry run: it imports at once (about a minute for the whole of ESCO).' },
};

let checked = null; // the content that passed a dry run: {format, fingerprint}

const format = () => byId('format').value;

async function body() {
  const spec = FORMATS[format()];
  const file = byId('file').files[0];
  if (spec.multipart) {
    const data = new FormData();
    data.append('classification', file);
    data.append('relations', byId('relations').files[0]);
    return { body: data, fingerprint: `${file && file.name}|${byId('relations').files[0] && byId('relations').files[0].name}` };
  }
  if (file) return { body: spec.binary ? file : await file.text(), fingerprint: `${file.name}|${file.size}|${file.lastModified}` };
  const text = byId('pasted').value;
  return { body: text, fingerprint: `pasted|${text}` };
}

async function run(dryRun) {
  const spec = FORMATS[format()];
  const { body: content, fingerprint } = await body();
  const report = byId('report');
  status(dryRun ? 'Checking the file…' : 'Importing…');
  await panel(report, 'Import', async () => {
    try {
      const answer = await request(`${spec.path}${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body: content, raw: true, contentType: spec.type });
      checked = dryRun ? { format: format(), fingerprint } : null;
      byId('apply').disabled = !dryRun;
      status(dryRun ? 'Checked: read the report, then apply.' : 'Imported.');
      return renderReport(answer.body, dryRun);
    } catch (e) {
      checked = null;
      byId('apply').disabled = true;
      status('The file was refused.');
      return [refusal(e), fileProblems(e)];
    }
  });
}

/** Import problems name a file and a place (pointer or line/column) per error. */
function fileProblems(e) {
  const p = e.problem || {};
  if (!Array.isArray(p.errors) || e.status !== 400) return null;
  return el('p', { class: 'muted' }, `${p.errors.length} problem(s)${p.files ? ` in ${[].concat(p.files).join(', ')}` : ''}; nothing was written.`);
}

const changeTable = (changes) => el('table', { id: 'changes-table' },
  el('thead', {}, el('tr', {}, ['Kind', 'New', 'Changed', 'Unchanged'].map((h, i) => el('th', { scope: 'col', class: i ? 'num' : null }, h)))),
  el('tbody', {}, Object.entries(changes).filter(([, c]) => c.created || c.updated || c.unchanged).map(([kind, c]) => el('tr', { dataset: { kind } },
    el('td', {}, kind), ...[['created', c.created], ['updated', c.updated], ['unchanged', c.unchanged]].map(([f, v]) => el('td', { class: 'num', dataset: { field: f } }, String(v)))))));

/** The first {kind: {created, updated, unchanged}} anywhere in the answer. */
function findChanges(node) {
  if (!node || typeof node !== 'object') return null;
  if (node.changes && typeof node.changes === 'object') return node.changes;
  for (const value of Object.values(node)) {
    const found = findChanges(value);
    if (found) return found;
  }
  return null;
}

function renderReport(answer, dryRun) {
  const changes = findChanges(answer);
  const counts = Object.entries(answer).filter(([, v]) => v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'number'));
  const samples = Object.entries(answer).filter(([, v]) => Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length);
  const words = { entities: 'Written', mapped: 'Read from the file', unmapped: 'Not kept', skipped: 'Skipped', deviations: 'Read differently from the standard', files: 'Rows per file' };
  return [
    el('p', { class: dryRun ? 'confirm' : 'ok', id: 'report-summary', dataset: { dryRun: String(dryRun) } },
      dryRun ? 'Dry run: nothing was written. This is what applying it would do:' : 'Imported. This is what was written:'),
    changes ? changeTable(changes) : null,
    counts.map(([key, v]) => [el('h3', {}, words[key] || key), el('dl', { class: 'facts' }, Object.entries(v).flatMap(([k, n]) => [el('dt', {}, k), el('dd', {}, String(n))]))]),
    samples.map(([key, v]) => [el('h3', {}, key === 'unmappedSample' ? 'Examples of what is not kept' : key), el('ul', {}, v.slice(0, 10).map((s) => el('li', {}, s)))]),
  ];
}

function chooseFormat() {
  const spec = FORMATS[format()];
  byId('format-help').textContent = spec.help;
  byId('file').accept = spec.accept;
  byId('relations-field').hidden = !spec.multipart;
  byId('file-field').querySelector('label').textContent = spec.multipart ? 'ESCO classification zip' : 'File';
  byId('dry-run').disabled = Boolean(spec.multipart);
  byId('apply').disabled = !spec.multipart;
  checked = null;
}

const who = await initShell();
if (!refuseUnlessAllowed(who)) {
  const role = who ? who.role : null;
  clear(byId('format'), Object.entries(FORMATS).filter(([, f]) => !role || f.roles.includes(role)).map(([key, f]) => el('option', { value: key }, f.label)));
  byId('format').addEventListener('change', chooseFormat);
  for (const id of ['file', 'relations', 'pasted']) byId(id).addEventListener('input', () => { if (!FORMATS[format()].multipart) { checked = null; byId('apply').disabled = true; } });
  byId('import-form').addEventListener('submit', (event) => { event.preventDefault(); run(true); });
  byId('apply').addEventListener('click', async () => {
    const spec = FORMATS[format()];
    if (!spec.multipart && (!checked || checked.format !== format() || checked.fingerprint !== (await body()).fingerprint)) return;
    run(false);
  });
  chooseFormat();
  if (!byId('format').value) clear(byId('report'), el('p', {}, 'Your token may not import anything.'));
}
