// Hand-made SVG charts: a few dozen lines beat a charting library for three chart kinds. Each chart is
// an image with a text label; the pages show the same numbers in a table for screen readers.
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function frame(height, label) {
  return svg('svg', { class: 'chart', viewBox: `0 0 640 ${height}`, role: 'img', 'aria-label': label });
}

const clip = (s, n = 26) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Required vs held level per skill: a filled bar for held, an outlined bar for required (0–max). */
export function levelsChart(rows, { max = 5, label }) {
  const rowH = 26;
  const left = 190;
  const width = 640 - left - 20;
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
  const left = 190;
  const width = 640 - left - 70;
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
  const width = 640 - left - 20;
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
