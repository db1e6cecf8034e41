// Plain words for the codes the API answers with: what a person reads never shows an enum or a query
// parameter. An unknown code falls back to itself with dashes turned into spaces.
const plain = (code) => String(code || '').toLowerCase().replace(/[_-]+/g, ' ');

const UNREACHABLE = {
  NO_MODULE_TEACHES_LEVEL: 'no published module teaches it to that level',
  PREREQUISITE_UNREACHABLE: 'every module teaching it needs, on entry, a level that cannot be reached',
  EXCLUDED_BY_PREFERENCES: 'the modules teaching it are excluded by the learning preferences',
};

const CAREER = {
  'same-role': 'this is already the current role',
  'target-unreachable': 'no chain of career moves leads there',
  'requirements-unreachable': 'the moves exist, but no published module teaches some of the skills they need',
  'no-current-role': 'there is no current role to start from',
};

const UNASSIGNED = {
  'no-target': 'has no target role yet',
  'no-gap': 'already meets the target profile',
  'already-coached': 'already has as many coaches as allowed',
  'no-candidates': 'nobody with capacity holds the missing skills',
  'coaches-taken': 'the suitable coaches’ places went to others',
};

const FINDINGS = {
  'prerequisite-cycle': 'Prerequisites in a circle',
  'requirement-not-taught': 'Required level no module teaches',
  'unreachable-requirement': 'Requirement out of reach from scratch',
  'module-teaches-nothing': 'Module that teaches nothing',
  'orphan-skill': 'Skill nothing uses',
  'orphan-topic': 'Empty topic',
  'dangling-reference': 'Reference to something missing',
  'invalid-edge': 'Relationship between the wrong kinds of node',
  'shared-id': 'Two nodes share one id',
  'learner-dead-end': 'Learners get stuck',
};

const COACH_SCORE = {
  coverage: 'Covers the gap', surplus: 'Above the level needed', evidenceSource: 'How the levels were shown',
  recency: 'How recent', proximity: 'Closeness in the organisation', place: 'Working hours in common', load: 'Free places',
};

const MENTORSHIP = {
  proposed: 'requested, waiting for the coach', active: 'active', declined: 'declined by the coach',
  expired: 'expired without an answer', completed: 'completed', ended: 'ended early',
  withdrawn: 'withdrawn before the coach answered',
};

const MENTORING_CONFLICT = {
  'request-expired': 'The request expired before it was answered, so the place is free again.',
  'request-not-pending': 'The request was already answered.',
  'coach-not-qualified': 'The coach no longer qualifies for every skill of the request.',
  'coach-capacity': 'The coach has no free place left.',
  'coach-not-opted-in': 'The coach does not take learners at the moment.',
  'learner-coach-limit': 'The learner already has as many coaches or pending requests as allowed.',
  'coach-not-suggested': 'This coach is not among the suggestions for the learner’s gap.',
  'request-exists': 'A request to this coach is already waiting.',
  'pair-exists': 'This coach already coaches the learner.',
  'goal-exists': 'The pair already has a goal on this skill.',
};

const MODES = { EXACT: 'proven minimal', HEURISTIC: 'heuristic' };

export const unreachableReason = (code) => UNREACHABLE[code] || plain(code);
export const careerReason = (code) => CAREER[code] || plain(code);
export const unassignedReason = (code) => UNASSIGNED[code] || plain(code);
export const findingKind = (code) => FINDINGS[code] || plain(code);
export const routeMode = (code) => MODES[code] || plain(code);
export const severity = (code) => ({ error: 'Error', warning: 'Warning', info: 'Note' }[code] || plain(code));
export const dependentKind = (kind) => plain(kind.replace(/([a-z])([A-Z])/g, '$1 $2'));
export const coachComponent = (code) => COACH_SCORE[code] || plain(code);
/** A reason written by the engine, with the graph's relationship names put in words. */
export const reasonText = (text) => String(text || '').replace(/over REPORTS_TO/g, 'in the reporting line');
/** A mentorship's state in words (requested, active, declined, expired, withdrawn, completed, ended). */
export const mentorshipState = (code) => MENTORSHIP[code] || plain(code);
/** What a 409 from the mentoring routes means, in words (null when the code is not one of them). */
export const mentoringConflict = (code) => MENTORING_CONFLICT[code] || null;
