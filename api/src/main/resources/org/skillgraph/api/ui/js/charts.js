// Hand-made SVG charts: a few dozen lines beat a charting library for three chart kinds. Each chart is
// an image with a text label; the pages show the same numbers in a table for screen readers.
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The drawing width: 640 units, or the window's width on a narrow screen, so that 12-unit text stays about
 * 12 px when the chart is scaled to fit (at 400 px a 640-wide chart would shrink its labels to 7 px).
 */
const W = Math.round(Math.max(300, Math.min(640, window.innerWidth - 40)));
const LEFT = W < 500 ? 120 : 190;

function frame(height, label) {
  return svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': label });
}

const clip = (s, n = W < 500 ? 16 : 26) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Required vs held level per skill: a filled bar for held, an outlined bar for required (0–max). */
export function levelsChart(rows, { max = 5, label }) {
  const rowH = 26;
  const left = LEFT;
  const width = W - left - 20;
  const root = frame(rows.length * rowH + 24, label);
  const x = (v) => left + (width * v) / max;
  for (let level = 0; level <= max; level += 1) {
    root.append(svg('line', { class: 'axis', x1: x(level), x2: x(level), y1: 0, y2: rows.length * rowH }));
    root.append(svg('text', { x: x(level), y: rows.length * rowH + 16, 'text-anchor': 'middle' }, String(level)));
  }
  rows.forEach((row, i) => {
    const y = i * rowH + 4;
    root.append(svg('text', { x: left - 8, y: y + 13, 'text-anchor': 'end' }, clip(row.label)));
    const held = svg('rect', { class: 'held', x: left, y: y + 2, width: Math.max(0, x(row.held) - left), height: 12 });
    held.append(svg('title', {}, `${row.label}: held ${row.held}, required ${row.required}`));
    root.append(held);
    root.append(svg('rect', { class: 'required', x: left, y, width: Math.max(0, x(row.required) - left), height: 16 }));
  });
  return root;
}

/** One horizontal bar per row, value in [0, max], the formatted value printed after the bar. */
export function barChart(rows, { max, format = String, label, alt = () => false }) {
  const rowH = 22;
  const left = LEFT;
  const width = W - left - 60;
  const top = Math.max(max, 1e-9);
  const root = frame(rows.length * rowH + 6, label);
  rows.forEach((row, i) => {
    const y = i * rowH + 3;
    const w = (width * Math.max(0, row.value)) / top;
    root.append(svg('text', { x: left - 8, y: y + 12, 'text-anchor': 'end' }, clip(row.label)));
    const bar = svg('rect', { class: alt(row) ? 'bar alt' : 'bar', x: left, y, width: w, height: 15 });
    bar.append(svg('title', {}, `${row.label}: ${format(row.value)}`));
    root.append(bar);
    root.append(svg('text', { x: left + w + 6, y: y + 12 }, format(row.value)));
  });
  return root;
}

/** A line over time: points [{x: label, y: number in [0, max]}], evenly spaced. */
export function lineChart(points, { max = 1, format = String, label }) {
  const h = 180;
  const left = 50;
  const width = W - left - 20;
  const root = frame(h + 30, label);
  const px = (i) => left + (points.length < 2 ? width / 2 : (width * i) / (points.length - 1));
  const py = (v) => 10 + h - (h * v) / max;
  root.append(svg('line', { class: 'axis', x1: left, x2: left + width, y1: py(0), y2: py(0) }));
  root.append(svg('text', { x: left - 6, y: py(max) + 4, 'text-anchor': 'end' }, format(max)));
  root.append(svg('text', { x: left - 6, y: py(0) + 4, 'text-anchor': 'end' }, format(0)));
  root.append(svg('polyline', { class: 'line', points: points.map((p, i) => `${px(i)},${py(p.y)}`).join(' ') }));
  points.forEach((p, i) => {
    const dot = svg('circle', { cx: px(i), cy: py(p.y), r: 3.5, class: 'held' });
    dot.append(svg('title', {}, `${p.x}: ${format(p.y)}`));
    root.append(dot);
    if (i === 0 || i === points.length - 1) {
      root.append(svg('text', { x: px(i), y: h + 28, 'text-anchor': i === 0 ? 'start' : 'end' }, p.x));
    }
  });
  return root;
}

/**
 * A Kaplan–Meier step curve: the share still on the way, starting at 1 on day 0, dropping at each event
 * day, held flat to the last day observed; ticks mark people still on the way (right-censored) at the
 * day given for them.
 */
export function stepChart(points, ticks, { lastDay, label, format = String }) {
  const h = 180;
  const left = 50;
  const width = W - left - 20;
  const end = Math.max(lastDay || 0, ...points.map((p) => p.day), ...ticks.map((t) => t.day), 1);
  const root = frame(h + 34, label);
  const px = (day) => left + (width * day) / end;
  const py = (v) => 10 + h - h * v;
  root.append(svg('line', { class: 'axis', x1: left, x2: left + width, y1: py(0), y2: py(0) }));
  root.append(svg('line', { class: 'axis', x1: left, x2: left, y1: py(0), y2: py(1) }));
  root.append(svg('text', { x: left - 6, y: py(1) + 4, 'text-anchor': 'end' }, format(1)));
  root.append(svg('text', { x: left - 6, y: py(0) + 4, 'text-anchor': 'end' }, format(0)));
  root.append(svg('text', { x: left, y: h + 30, 'text-anchor': 'start' }, 'day 0'));
  root.append(svg('text', { x: left + width, y: h + 30, 'text-anchor': 'end' }, `day ${end}`));
  let d = `M ${px(0)} ${py(1)}`;
  let level = 1;
  for (const p of points) {
    d += ` H ${px(p.day)} V ${py(p.waiting)}`;
    level = p.waiting;
  }
  d += ` H ${px(end)}`;
  root.append(svg('path', { class: 'line step', d }));
  const at = (day) => points.filter((p) => p.day <= day).reduce((v, p) => p.waiting, 1);
  for (const t of ticks) {
    const tick = svg('line', { class: 'censor', x1: px(t.day), x2: px(t.day), y1: py(at(t.day)) - 6, y2: py(at(t.day)) + 6 });
    tick.append(svg('title', {}, t.title));
    root.append(tick);
  }
  points.forEach((p) => {
    const dot = svg('circle', { cx: px(p.day), cy: py(p.waiting), r: 2.5, class: 'held' });
    dot.append(svg('title', {}, `day ${p.day}: ${format(p.waiting)} still on the way`));
    root.append(dot);
  });
  root.dataset.level = String(level);
  return root;
}
