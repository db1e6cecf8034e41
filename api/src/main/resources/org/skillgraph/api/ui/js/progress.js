// Renders GET /people/{id}/progress: the readiness history as a line (and as a table), the next steps and
// badges within reach of the route, the badges earned with their status and the levels due a refresh.
import { lineChart } from './charts.js';
import { el, hours, percent } from './dom.js';

const KNOWN = {
  nextSteps: ['Next steps', (s) => `${s.title || s.moduleId}${s.hours ? ` (${hours(s.hours)})` : ''}${s.closes && s.closes.length
    ? `: ${s.closes.map((c) => `${c.skillName || c.skillId} ${c.fromLevel} → ${c.toLevel}`).join(', ')}` : ''}`],
  badgesWithinReach: ['Badges within reach', (b) => `${b.badgeName || b.badgeId}${b.week ? ` — week ${b.week} of the route` : ''}`],
  badges: ['Badges earned', (b) => `${b.name || b.badgeId}${b.earnedAt ? ` — ${b.earnedAt}` : ''}${b.status ? ` (${b.status})` : ''}${
    b.weakSkills && b.weakSkills.length ? `; basis weakened: ${b.weakSkills.join(', ')}` : ''}`],
  overdueRefreshes: ['Levels to refresh', (r) => `${r.name || r.skillId}: evidenced ${r.evidencedLevel}, counts as ${r.countsAs}${r.dueSince ? ` since ${r.dueSince}` : ''}`],
};
const ORDER = ['nextSteps', 'badgesWithinReach', 'badges', 'overdueRefreshes'];

const describe = (item) => (item && typeof item === 'object'
  ? [item.name || item.title || item.skillId || item.id || '', item.level !== undefined ? ` level ${item.level}` : '',
    item.at ? ` · ${item.at}` : ''].join('')
  : String(item));

const historyTable = (history) => el('details', {}, el('summary', {}, `Readiness at each of the ${history.length} dates`),
  el('table', { id: 'history-table' },
    el('thead', {}, el('tr', {}, ['Date', 'Readiness', 'Essential gaps'].map((h, i) => el('th', { scope: 'col', class: i ? 'num' : null }, h)))),
    el('tbody', {}, history.map((p) => el('tr', { dataset: { at: p.at } }, el('td', {}, p.at),
      el('td', { class: 'num', dataset: { field: 'readiness' } }, percent(p.readiness)),
      el('td', { class: 'num', dataset: { field: 'essential-gaps' } }, String(p.essentialGaps)))))));

export function renderProgress(answer) {
  const history = Array.isArray(answer.readinessHistory) ? answer.readinessHistory : [];
  const lists = Object.entries(answer).filter(([key, v]) => Array.isArray(v) && key !== 'readinessHistory')
    .sort(([a], [b]) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
  const last = history[history.length - 1];
  return [
    typeof answer.readiness === 'number'
      ? el('p', {}, 'Readiness now ', el('strong', { dataset: { field: 'progress-readiness' } }, percent(answer.readiness)),
        last && typeof last.essentialGaps === 'number' ? [' · essential gaps ', el('strong', { dataset: { field: 'progress-essential-gaps' } }, String(last.essentialGaps))] : '',
        answer.targetSince ? ` · target role since ${answer.targetSince}` : '')
      : el('p', {}, 'No target role, so no readiness to follow.'),
    history.length
      ? [lineChart(history.map((p) => ({ x: String(p.at || ''), y: p.readiness })),
        { max: 1, format: percent, label: `Readiness over time, from ${percent(history[0].readiness)} on ${history[0].at} to ${percent(last.readiness)} on ${last.at}` }),
      historyTable(history)]
      : el('p', {}, 'No readiness history recorded yet.'),
    lists.map(([key, items]) => {
      const [title, line] = KNOWN[key] || [key, describe];
      return [el('h3', {}, `${title} (${items.length})`),
        items.length ? el('ul', { dataset: { list: key } }, items.slice(0, 12).map((item) => el('li', {}, line(item)))) : el('p', { class: 'muted' }, 'none')];
    }),
  ];
}
