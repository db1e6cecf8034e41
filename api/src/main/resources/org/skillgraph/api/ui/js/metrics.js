// The cohort view's measurement panels. The endpoints are being built beside this UI, so each renderer
// checks for the shape it knows and otherwise falls back to a generic bar chart of the first list.
import { barChart } from './charts.js';
import { el, percent } from './dom.js';

const num = (v) => (v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(2));
const table = (heads, rows) => el('table', {},
  el('thead', {}, el('tr', {}, heads.map((h, i) => el('th', { scope: 'col', class: i ? 'num' : null }, h)))),
  el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c, i) => el('td', { class: i ? 'num' : null }, c))))));

export function renderSegments(answer) {
  const segments = (answer.rules && answer.rules.length ? answer.rules : (answer.automatic && answer.automatic.segments)) || null;
  if (!segments) return genericChart(answer, 'Segments');
  if (segments.length === 0) return el('p', {}, 'No segments in this cohort.');
  return [
    el('ul', { class: 'plain' }, segments.map((s) => el('li', { class: 'segment' },
      el('strong', {}, s.name || s.id), ` — ${s.members.length} members`,
      typeof s.meanReadiness === 'number' ? `, mean readiness ${percent(s.meanReadiness)}` : '',
      s.entryPoint && s.entryPoint.length ? el('div', { class: 'muted' }, 'Start with: ', s.entryPoint.slice(0, 3).map((e) => e.title || e.moduleId).join(', ')) : null,
      s.profile && s.profile.length ? el('div', { class: 'muted' }, 'Largest gaps: ', s.profile.slice(0, 3).map((p) => p.name || p.skillId).join(', ')) : null))),
    answer.unsegmented && answer.unsegmented.length ? el('p', { class: 'muted' }, `${answer.unsegmented.length} members in no segment.`) : null,
  ];
}

export function renderTimeToCompetency(answer) {
  const groups = ['all', 'coached', 'notCoached'].map((k) => answer[k]).filter(Boolean);
  if (groups.length === 0) return genericChart(answer, 'Time to competency');
  const buckets = (answer.all && answer.all.distribution) || [];
  return [
    table(['Group', 'People', 'Reached', 'Median days', 'Quartiles'], groups.map((g) => [g.name, num(g.people), num(g.reached), num(g.medianDays),
      g.firstQuartileDays == null && g.thirdQuartileDays == null ? '–' : `${num(g.firstQuartileDays)} to ${num(g.thirdQuartileDays)}`])),
    buckets.length ? [el('h3', {}, 'Days until the target profile was reached'),
      barChart(buckets.map((b) => ({ label: `${b.fromDay}–${b.toDay} days`, value: b.reached })),
        { max: Math.max(1, ...buckets.map((b) => b.reached)), label: 'People reaching their target profile, by days taken' })] : null,
  ];
}

export function renderModuleDropOff(answer) {
  if (!Array.isArray(answer.modules)) return genericChart(answer, 'Module drop-off');
  const rated = answer.modules.filter((m) => typeof m.dropOffRate === 'number').sort((a, b) => b.dropOffRate - a.dropOffRate).slice(0, 12);
  if (rated.length === 0) return el('p', {}, `No module has enough learners to rate (${answer.people} people).`);
  return [
    barChart(rated.map((m) => ({ label: m.title || m.moduleId, value: m.dropOffRate })),
      { max: 1, format: percent, label: 'Share of enrolled learners who dropped off, per module' }),
    el('p', { class: 'muted' }, `Dropped off: no activity for ${answer.dropOffDays} days without completing.`),
  ];
}

/** Draws the first array of {name-ish, number} it finds; otherwise the items as a list. */
export function genericChart(answer, label) {
  const items = Array.isArray(answer) ? answer : answer.items || Object.values(answer).find(Array.isArray) || [];
  if (items.length === 0) return el('p', {}, 'No data yet.');
  const nameOf = (x) => x.name || x.title || x.label || x.moduleId || x.skillId || x.id || '?';
  const numberKey = Object.keys(items[0]).find((k) => typeof items[0][k] === 'number');
  if (!numberKey) return el('ul', {}, items.map((x) => el('li', {}, nameOf(x))));
  const rows = items.map((x) => ({ label: String(nameOf(x)), value: x[numberKey] }));
  return barChart(rows, { max: Math.max(...rows.map((r) => r.value), 1e-9), format: num, label: `${label}: ${numberKey} per item` });
}
