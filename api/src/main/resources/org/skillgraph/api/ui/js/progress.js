// Renders GET /people/{id}/progress without pinning its exact shape (it is being built beside this UI):
// an array of points with a readiness becomes a line, other arrays become short lists.
import { lineChart } from './charts.js';
import { el, percent } from './dom.js';

const describe = (item) => (item && typeof item === 'object'
  ? [item.name || item.badgeName || item.title || item.skillName || item.skillId || item.badgeId || item.id || '',
    item.level !== undefined ? ` level ${item.level}` : '', item.at || item.date || item.week ? ` · ${item.at || item.date || `week ${item.week}`}` : ''].join('')
  : String(item));

function readinessPoints(answer) {
  for (const value of [answer, ...Object.values(answer).filter((v) => v && typeof v === 'object' && !Array.isArray(v))]) {
    for (const arr of Object.values(value).filter(Array.isArray)) {
      if (arr.length && typeof arr[0] === 'object' && typeof arr[0].readiness === 'number') return arr;
    }
  }
  return null;
}

export function renderProgress(answer) {
  const history = readinessPoints(answer);
  const lists = Object.entries(answer).filter(([, v]) => Array.isArray(v) && v !== history);
  return [
    history && history.length
      ? lineChart(history.map((p) => ({ x: String(p.at || p.date || p.week || ''), y: p.readiness })),
        { max: 1, format: percent, label: `Readiness over time, from ${percent(history[0].readiness)} to ${percent(history[history.length - 1].readiness)}` })
      : el('p', {}, 'No readiness history recorded yet.'),
    lists.map(([name, items]) => [el('h3', {}, `${name} (${items.length})`),
      items.length ? el('ul', {}, items.slice(0, 12).map((item) => el('li', {}, describe(item)))) : el('p', { class: 'muted' }, 'none')]),
  ];
}
