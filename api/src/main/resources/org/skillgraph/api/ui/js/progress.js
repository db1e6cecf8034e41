// Renders GET /people/{id}/progress, which is being built beside this UI: the readiness history as a line,
// the lists it is known to carry with their own wording, and any other list generically.
import { lineChart } from './charts.js';
import { el, hours, percent } from './dom.js';

const KNOWN = {
  nextSteps: ['Next steps', (s) => `${s.title || s.moduleId}${s.hours ? ` (${hours(s.hours)})` : ''}`],
  badgesWithinReach: ['Badges within reach', (b) => `${b.badgeName || b.badgeId}${b.week ? ` — week ${b.week}` : ''}`],
  badges: ['Badges earned', (b) => `${b.name || b.badgeId}${b.earnedAt ? ` — ${b.earnedAt}` : ''}${b.status ? ` (${b.status})` : ''}`],
  overdueRefreshes: ['Levels to refresh', (r) => `${r.name || r.skillId}: evidenced ${r.evidencedLevel}, counts as ${r.countsAs}${r.dueSince ? ` since ${r.dueSince}` : ''}`],
};

const describe = (item) => (item && typeof item === 'object'
  ? [item.name || item.title || item.skillId || item.id || '', item.level !== undefined ? ` level ${item.level}` : '',
    item.at ? ` · ${item.at}` : ''].join('')
  : String(item));

export function renderProgress(answer) {
  const history = Array.isArray(answer.readinessHistory) ? answer.readinessHistory : [];
  const lists = Object.entries(answer).filter(([key, v]) => Array.isArray(v) && key !== 'readinessHistory');
  return [
    typeof answer.readiness === 'number'
      ? el('p', {}, 'Readiness now ', el('strong', { dataset: { field: 'progress-readiness' } }, percent(answer.readiness)),
        answer.targetSince ? ` · target role since ${answer.targetSince}` : '')
      : null,
    history.length
      ? lineChart(history.map((p) => ({ x: String(p.at || ''), y: p.readiness })),
        { max: 1, format: percent, label: `Readiness over time, from ${percent(history[0].readiness)} to ${percent(history[history.length - 1].readiness)}` })
      : el('p', {}, 'No readiness history recorded yet.'),
    lists.map(([key, items]) => {
      const [title, line] = KNOWN[key] || [key, describe];
      return [el('h3', {}, `${title} (${items.length})`),
        items.length ? el('ul', {}, items.slice(0, 12).map((item) => el('li', {}, line(item)))) : el('p', { class: 'muted' }, 'none')];
    }),
  ];
}
