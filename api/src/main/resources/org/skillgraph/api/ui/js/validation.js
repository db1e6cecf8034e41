// The validation report, shared by the explorer and the editor: each finding in words, its nodes linked
// to the explorer and an "Edit" link to the editor that fixes it.
import { api } from './api.js';
import { editLink } from './conflicts.js';
import { nodeLink } from './details.js';
import { el, panel } from './dom.js';
import { findingKind, severity } from './words.js';

export async function validationReport(body) {
  await panel(body, 'Validation report', async () => {
    const report = await api('/curriculum/validation');
    const summary = el('p', {},
      el('strong', { dataset: { field: 'errors' } }, String(report.errors)), ' errors · ',
      el('strong', { dataset: { field: 'warnings' } }, String(report.warnings)), ' warnings · ',
      el('strong', { dataset: { field: 'infos' } }, String(report.infos)), ' notes',
      report.truncated ? ' — the list is cut; fix these first.' : '');
    if (report.findings.length === 0) return [summary, el('p', {}, 'No findings: the curriculum is consistent.')];
    return [summary, el('table', { id: 'findings' },
      el('thead', {}, el('tr', {}, ['Severity', 'What', 'Finding', 'Suggested fix', 'Nodes'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, report.findings.map((f) => el('tr', { class: `finding ${f.severity}`, dataset: { kind: f.kind } },
        el('td', {}, severity(f.severity)), el('td', {}, findingKind(f.kind)), el('td', {}, f.message), el('td', {}, f.fix),
        el('td', {}, f.ids.map((id) => el('div', {}, nodeLink(id), ' · ', editLink(id, 'Edit', `Edit ${id}`))))))))];
  });
}
