// The curriculum editors' forms, one spec per kind of node: the fields of its bundle-format body (what
// PUT /{kind}s/{id} takes), how a field is drawn, and how the GET answer fills it. Every control has the
// id f-<pointer with dashes> (f-requires-0-level for /requires/0/level), so a 400's pointers find their field.
import { el } from './dom.js';

const LEVEL = { type: 'number', min: 1, max: 5 };
const ids = (items, key = 'id') => (items || []).map((x) => x[key]);

export const SPECS = {
  skill: {
    endpoint: 'skills', label: 'Skill', name: 'name',
    fields: [
      { key: 'name', label: 'Name', type: 'text', required: true },
      { key: 'kind', label: 'Kind', type: 'select', options: ['skill', 'knowledge', 'competence'] },
      { key: 'description', label: 'Description', type: 'textarea' },
      { key: 'aliases', label: 'Other names (comma-separated)', type: 'list' },
      { key: 'topics', label: 'Topics (ids, comma-separated)', type: 'list', ref: 'topics' },
      { key: 'broader', label: 'Broader skills (ids, comma-separated)', type: 'list', ref: 'skills' },
      { key: 'related', label: 'Related skills (ids, comma-separated)', type: 'list', ref: 'skills' },
      { key: 'requires', label: 'Prerequisites', type: 'rows', add: 'Add a prerequisite',
        columns: [{ key: 'skill', label: 'Skill id', type: 'text', ref: 'skills' }, { key: 'level', label: 'Level', ...LEVEL }] },
    ],
    fromDetail: (d, extra) => ({ name: d.name, kind: d.kind, description: d.description, aliases: d.aliases,
      topics: ids(d.topics), broader: extra.broader || [], related: ids(d.related),
      requires: (d.prerequisites || []).map((p) => ({ skill: p.id, level: p.level })) }),
  },
  topic: {
    endpoint: 'topics', label: 'Topic', name: 'name',
    fields: [
      { key: 'name', label: 'Name', type: 'text', required: true },
      { key: 'broader', label: 'Broader topics (ids, comma-separated)', type: 'list', ref: 'topics' },
    ],
    fromDetail: (d) => ({ name: d.name, broader: ids(d.broader) }),
  },
  role: {
    endpoint: 'roles', label: 'Role', name: 'title',
    fields: [
      { key: 'title', label: 'Title', type: 'text', required: true },
      { key: 'family', label: 'Family', type: 'text' },
      { key: 'level', label: 'Career level (1–8)', type: 'number', min: 1, max: 8 },
      { key: 'description', label: 'Description', type: 'textarea' },
      { key: 'needs', label: 'Profile: the skills the role needs', type: 'rows', add: 'Add a skill',
        columns: [{ key: 'skill', label: 'Skill id', type: 'text', ref: 'skills' }, { key: 'level', label: 'Level', ...LEVEL },
          { key: 'importance', label: 'Importance (1–5)', type: 'number', min: 1, max: 5 }, { key: 'essential', label: 'Essential', type: 'checkbox' }] },
      { key: 'leadsTo', label: 'Career moves to', type: 'rows', add: 'Add a move',
        columns: [{ key: 'role', label: 'Role id', type: 'text', ref: 'roles' }, { key: 'kind', label: 'Kind', type: 'select', options: ['promotion', 'lateral'] }] },
    ],
    fromDetail: (d) => ({ title: d.title, family: d.family, level: d.level, description: d.description,
      needs: (d.profile || []).map((p) => ({ skill: p.skillId, level: p.level, importance: p.importance, essential: p.essential })),
      leadsTo: (d.movesOut || []).map((m) => ({ role: m.roleId, kind: m.kind })) }),
  },
  module: {
    endpoint: 'modules', label: 'Module', name: 'title',
    fields: [
      { key: 'title', label: 'Title', type: 'text', required: true },
      { key: 'hours', label: 'Hours', type: 'number', min: 0.5, max: 2000, step: 0.5, required: true },
      { key: 'modality', label: 'Modality', type: 'select', options: ['course', 'video', 'workshop', 'simulation', 'project', 'reading', 'coaching'] },
      { key: 'pacing', label: 'Pacing', type: 'select', options: ['self-paced', 'scheduled'] },
      { key: 'cycle', label: 'Cycle', type: 'select', options: ['', 'daily', 'weekly', 'sprint', 'quarterly'] },
      { key: 'core', label: 'Core (unticked: optional deep dive)', type: 'checkbox' },
      { key: 'status', label: 'Status', type: 'select', options: ['draft', 'published', 'retired'] },
      { key: 'passScore', label: 'Pass score (0–100)', type: 'number', min: 0, max: 100 },
      { key: 'assessment', label: 'Assessment', type: 'select', options: ['', 'quiz', 'project-review', 'observation', 'exam', 'none'] },
      { key: 'aids', label: 'Learning aids (comma-separated: transcript, captions, summary, slides, exercises, glossary)', type: 'list' },
      { key: 'teaches', label: 'Teaches', type: 'rows', add: 'Add a skill taught',
        columns: [{ key: 'skill', label: 'Skill id', type: 'text', ref: 'skills' }, { key: 'level', label: 'Level', ...LEVEL }] },
      { key: 'assumes', label: 'Assumes on entry', type: 'rows', add: 'Add an entry requirement',
        columns: [{ key: 'skill', label: 'Skill id', type: 'text', ref: 'skills' }, { key: 'level', label: 'Level', ...LEVEL }] },
    ],
    fromDetail: (d) => ({ title: d.title, hours: d.hours, modality: d.modality, pacing: d.pacing, cycle: d.cycle, core: d.core,
      status: d.status, passScore: d.passScore, assessment: d.assessment, aids: d.aids,
      teaches: (d.teaches || []).map((t) => ({ skill: t.skillId, level: t.level })),
      assumes: (d.assumes || []).map((t) => ({ skill: t.skillId, level: t.level })) }),
  },
};

/** A JSON pointer's control id: /requires/0/level → f-requires-0-level. */
export const controlId = (pointer) => `f${pointer.replace(/\//g, '-')}`;

function control(id, spec, value, label) {
  const common = { id, name: id, 'aria-label': label || null };
  if (spec.type === 'select') {
    return el('select', common, spec.options.map((o) => el('option', { value: o, selected: (value ?? '') === o }, o || '(none)')));
  }
  if (spec.type === 'textarea') return el('textarea', { ...common, rows: 2 }, value || '');
  if (spec.type === 'checkbox') return el('input', { ...common, type: 'checkbox', checked: Boolean(value) });
  if (spec.type === 'list') return el('input', { ...common, type: 'text', value: (value || []).join(', '), list: spec.ref ? `dl-${spec.ref}` : null });
  return el('input', { ...common, type: spec.type, value: value ?? '', min: spec.min, max: spec.max, step: spec.step || null,
    required: spec.required || null, list: spec.ref ? `dl-${spec.ref}` : null });
}

function rowsField(field, rows) {
  const body = el('tbody');
  const addRow = (row = {}) => {
    const i = body.children.length;
    body.append(el('tr', { dataset: { index: i } },
      field.columns.map((c) => el('td', {}, control(`f-${field.key}-${i}-${c.key}`, c, row[c.key], `${field.label}, row ${i + 1}: ${c.label}`))),
      el('td', {}, el('button', { type: 'button', class: 'secondary', 'aria-label': `Remove row ${i + 1} of ${field.label}`, onclick: (e) => e.target.closest('tr').remove() }, 'Remove'))));
  };
  (rows || []).forEach(addRow);
  return el('fieldset', { class: 'rows', id: `f-${field.key}`, dataset: { rows: field.key } },
    el('legend', {}, field.label),
    el('table', {}, el('thead', {}, el('tr', {}, field.columns.map((c) => el('th', { scope: 'col' }, c.label)), el('th', {}, el('span', { class: 'visually-hidden' }, 'Actions')))), body),
    el('button', { type: 'button', class: 'secondary', id: `add-${field.key}`, onclick: () => addRow() }, field.add));
}

/** The form's fields for a kind, filled with values (bundle-format body), plus an id field when creating. */
export function editorFields(kind, values, creating) {
  const spec = SPECS[kind];
  return [
    creating ? el('div', { class: 'field' }, el('label', { for: 'f-id' }, 'Id (letters, digits, . _ : -)'), el('input', { id: 'f-id', name: 'f-id', type: 'text', required: true })) : null,
    spec.fields.map((f) => (f.type === 'rows' ? rowsField(f, values[f.key])
      : el('div', { class: f.type === 'checkbox' ? 'field check' : 'field' }, el('label', { for: `f-${f.key}` }, f.label), control(`f-${f.key}`, f, values[f.key])))),
  ];
}

function read(spec, node) {
  if (spec.type === 'checkbox') return node.checked;
  const text = node.value.trim();
  if (spec.type === 'list') return text ? text.split(',').map((s) => s.trim()).filter(Boolean) : [];
  if (text === '') return undefined;
  return spec.type === 'number' ? Number(text) : text;
}

/** The body the form describes, in the bundle format; empty optional fields are left out. */
export function readBody(kind, form) {
  const body = {};
  const idField = form.querySelector('#f-id');
  if (idField) body.id = idField.value.trim();
  for (const f of SPECS[kind].fields) {
    if (f.type === 'rows') {
      body[f.key] = [...form.querySelectorAll(`[data-rows="${f.key}"] tbody tr`)].map((tr) => Object.fromEntries(
        f.columns.map((c) => [c.key, read(c, tr.querySelector(`[id$="-${c.key}"]`))]).filter(([, v]) => v !== undefined)));
    } else {
      const value = read(f, form.querySelector(`#f-${f.key}`));
      if (value !== undefined) body[f.key] = value;
    }
  }
  return body;
}
