// Mentoring on the learner dashboard: request a ranked coach, answer requests as the named coach, and, for an
// active pair, add goals from the suggestions, record check-ins and read the timeline (docs/mentoring.md).
import { all, api } from './api.js';
import { clear, el, panel, problemBox, status } from './dom.js';
import { mentoringConflict, mentorshipState } from './words.js';

const enc = encodeURIComponent;
const pairPath = (personId, pairId) => `/people/${enc(personId)}/mentorships/${enc(pairId)}`;

/** The problem box, with a 409 explained in words first. */
function refusal(error, context) {
  const words = error.status === 409 ? mentoringConflict(error.code) : null;
  const box = problemBox(error, context);
  if (words) box.prepend(el('p', { class: 'problem-words', dataset: { field: 'conflict' } }, words));
  return box;
}

/**
 * "Request" for one ranked coach, by the suggestion's opaque handle in a learner's own ranking (which names no coach
 * id) or by the coach's id for staff; `done` runs after the request was made.
 */
export function requestButton(personId, coach, done, handle) {
  const out = el('span', { class: 'request-result', 'aria-live': 'polite' });
  const button = el('button', {
    type: 'button', class: 'request-coach', 'aria-label': `Request ${coach.name} as coach`,
    onclick: async () => {
      button.disabled = true;
      try {
        const made = await api(`/people/${enc(personId)}/coaching-requests`, { method: 'POST', body: handle ? { handle } : { coachId: coach.id } });
        clear(out, ` Requested: ${mentorshipState(made.state)}.`);
        status(`Coaching requested from ${coach.name}.`);
        done();
      } catch (e) {
        button.disabled = false;
        clear(out, refusal(e, `Cannot request ${coach.name}`));
      }
    },
  }, 'Request');
  return el('span', {}, button, out);
}

/**
 * "My coaching" in the card body `target`: requests waiting for this person as coach (own token only), then
 * every pair in words; an answer, goal or check-in redraws the card.
 */
export async function coachingPanel(personId, own, target) {
  const pairs = await all(`/people/${enc(personId)}/mentorships`);
  const reload = () => panel(target, 'My coaching', () => coachingPanel(personId, own, target));
  const waiting = own ? pairs.filter((m) => m.state === 'proposed' && m.coach.id === personId) : [];
  if (pairs.length === 0) return el('p', { dataset: { state: 'none' } }, 'No coaching yet: request one of the suggested coaches.');
  return [
    waiting.length ? [el('h3', {}, 'Requests waiting for you'),
      el('ul', { class: 'plain', id: 'coach-requests' }, waiting.map((m) => answerItem(personId, m, reload)))] : null,
    el('h3', {}, 'Pairs'),
    el('ul', { class: 'plain', id: 'mentorships' }, pairs.map((m) => pairItem(personId, m, reload)))];
}

function describe(personId, m) {
  const asCoach = m.coach.id === personId;
  const other = asCoach ? m.learner : m.coach;
  const since = m.state === 'active' && m.startedOn ? ` since ${m.startedOn}` : '';
  return `${asCoach ? 'Coaching' : 'Coached by'} ${other.name}: ${mentorshipState(m.state)}${since}`;
}

function answerItem(personId, m, reload) {
  const reason = el('input', { id: `reason-${m.id}`, type: 'text', maxlength: '500' });
  const out = el('div', { 'aria-live': 'polite' });
  const decide = (verb) => async () => {
    try {
      const body = verb === 'decline' && reason.value.trim() ? { reason: reason.value.trim() } : undefined;
      const answered = await api(`${pairPath(personId, m.id)}/${verb}`, { method: 'POST', body });
      status(`Request from ${m.learner.name}: ${mentorshipState(answered.state)}.`);
      reload();
    } catch (e) {
      clear(out, refusal(e, `Cannot ${verb} the request`));
    }
  };
  return el('li', { dataset: { request: m.id } },
    el('p', {}, el('strong', {}, m.learner.name), ` asks for coaching in ${m.skills.join(', ')}`,
      m.message ? ` — “${m.message}”` : '', el('span', { class: 'muted' }, ` (answer by ${String(m.expiresAt).slice(0, 10)})`)),
    el('div', { class: 'inline' },
      el('button', { type: 'button', class: 'accept', onclick: decide('accept') }, 'Accept'),
      el('label', { for: reason.id }, 'Reason (optional)'), reason,
      el('button', { type: 'button', class: 'decline', onclick: decide('decline') }, 'Decline')),
    out);
}

function pairItem(personId, m, reload) {
  const item = el('li', { dataset: { mentorship: m.id, state: m.state } },
    el('p', { dataset: { field: 'pair' } }, describe(personId, m)),
    m.reason ? el('p', { class: 'muted' }, `Reason: ${m.reason}`) : null);
  // The learner (or a coordinator on their dashboard) takes back a request still waiting; the coach declines instead.
  if (m.state === 'proposed' && m.learner.id === personId) item.append(withdrawButton(personId, m, reload));
  if (m.state !== 'active') return item;
  const work = el('div', { class: 'pair-work' });
  item.append(work);
  panel(work, 'The pair', () => activePair(personId, m, reload));
  return item;
}

function withdrawButton(personId, m, reload) {
  const out = el('div', { 'aria-live': 'polite' });
  const button = el('button', {
    type: 'button', class: 'withdraw', 'aria-label': `Withdraw the request to ${m.coach.name}`,
    onclick: async () => {
      button.disabled = true;
      try {
        const withdrawn = await api(`${pairPath(personId, m.id)}/withdraw`, { method: 'POST' });
        status(`Request to ${m.coach.name}: ${mentorshipState(withdrawn.state)}.`);
        reload();
      } catch (e) {
        button.disabled = false;
        clear(out, refusal(e, 'Cannot withdraw the request'));
      }
    },
  }, 'Withdraw');
  return el('div', { class: 'inline' }, button, out);
}

async function activePair(personId, m, reload) {
  const path = pairPath(personId, m.id);
  const [suggested, timeline] = await Promise.all([api(`${path}/goal-suggestions`), api(`${path}/timeline`)]);
  return [goalForm(path, m, suggested.items, reload), checkInForm(path, m, timeline, reload), renderTimeline(timeline)];
}

function goalForm(path, m, suggestions, reload) {
  const taken = new Set(m.goals.map((g) => g.skillId));
  const open = suggestions.filter((s) => !taken.has(s.skillId));
  if (open.length === 0) return el('p', { class: 'muted' }, 'Every suggested goal is set.');
  const id = `goal-skill-${m.id}`;
  const select = el('select', { id }, open.map((s) => el('option', { value: s.skillId },
    `${s.name}: ${s.startLevel} → ${s.targetLevel} by ${s.targetDate}`)));
  const out = el('div', { 'aria-live': 'polite' });
  return el('form', {
    class: 'inline goal-form',
    onsubmit: async (event) => {
      event.preventDefault();
      const s = open.find((x) => x.skillId === select.value);
      try {
        await api(`${path}/goals`, { method: 'POST', body: { skillId: s.skillId, targetLevel: s.targetLevel, targetDate: s.targetDate } });
        status(`Goal added: ${s.name}.`);
        reload();
      } catch (e) {
        clear(out, refusal(e, 'Cannot add the goal'));
      }
    },
  }, el('label', { for: id }, 'Suggested goal'), select, el('button', { type: 'submit', class: 'add-goal' }, 'Add goal'), out);
}

function checkInForm(path, m, timeline, reload) {
  const today = new Date().toISOString().slice(0, 10);
  const on = el('input', { id: `checkin-on-${m.id}`, type: 'date', min: m.startedOn, value: today < m.startedOn ? m.startedOn : today });
  const minutes = el('input', { id: `checkin-minutes-${m.id}`, type: 'number', min: '0', max: '1440', value: '30' });
  const note = el('input', { id: `checkin-note-${m.id}`, type: 'text', maxlength: '2000' });
  const progress = timeline.goals.map((g) => ({ goal: g, input: el('input', {
    id: `progress-${m.id}-${g.id}`, type: 'number', min: '0', max: '100', dataset: { goal: g.id } }) }));
  const out = el('div', { 'aria-live': 'polite' });
  return el('form', {
    class: 'checkin-form',
    onsubmit: async (event) => {
      event.preventDefault();
      const body = { on: on.value, minutes: Number(minutes.value), note: note.value.trim() || null,
        progress: progress.filter((p) => p.input.value !== '').map((p) => ({ goalId: p.goal.id, percent: Number(p.input.value) })) };
      try {
        await api(`${path}/check-ins`, { method: 'POST', body });
        status('Check-in recorded.');
        reload();
      } catch (e) {
        clear(out, refusal(e, 'Cannot record the check-in'));
      }
    },
  }, el('fieldset', {}, el('legend', {}, 'Record a check-in'),
    el('div', { class: 'inline' },
      el('label', { for: on.id }, 'On'), on, el('label', { for: minutes.id }, 'Minutes'), minutes,
      el('label', { for: note.id }, 'Note'), note),
    progress.map((p) => el('div', { class: 'inline' },
      el('label', { for: p.input.id }, `${p.goal.skillId}: progress in %`), p.input)),
    el('button', { type: 'submit', class: 'record-checkin' }, 'Record check-in')), out);
}

function renderTimeline(t) {
  return el('section', { class: 'pair-timeline', 'aria-label': 'Timeline of the pair' },
    el('h4', {}, 'Goals'),
    t.goals.length ? el('ul', { class: 'goals' }, t.goals.map((g) => el('li', { dataset: { goal: g.id, skill: g.skillId } },
      `${g.skillId}: ${g.startLevel} → ${g.targetLevel} by ${g.targetDate}`))) : el('p', { class: 'muted' }, 'No goal yet.'),
    el('h4', {}, 'Timeline'),
    t.entries.length ? el('ol', { class: 'entries' }, t.entries.map((e) => el('li', { dataset: { kind: e.kind, entry: e.id || '' } },
      e.kind === 'check-in'
        ? `${e.on} · check-in by the ${e.by}, ${e.minutes} min${e.note ? `: ${e.note}` : ''}`
          + (e.progress.length ? ` (${e.progress.map((p) => `${p.percent} %`).join(', ')})` : '')
        : `${e.on} · evidence: ${e.skillId} at level ${e.level} (${e.source})`))) : el('p', { class: 'muted' }, 'Nothing recorded yet.'));
}
