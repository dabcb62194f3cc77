// The one current state and the history entries it makes. Views read it with current() and check,
// after every await, that it is still the state they were drawing.
import { parseUrl, toUrl } from './state.js';

let state = { ...parseUrl(location.search), view: '' }; // the first render counts as a view change
let typing = false; // a run of keystrokes replaces one history entry instead of pushing many
let draw = () => {};

export const current = () => state;
export const isTyping = () => typing;

/** The function that draws a state; it receives the next state and the one before. */
export function setRenderer(fn) {
  draw = fn;
}

/** Shows a state without touching history (first load, back and forward, retry). */
export function show(next) {
  const before = state;
  state = next;
  draw(next, before);
}

/** Goes to a state, pushing a history entry (or replacing the current one). */
export function navigate(next, { replace = false, keystroke = false } = {}) {
  typing = keystroke;
  const url = toUrl(next);
  if (replace) history.replaceState(null, '', url);
  else if (url !== location.pathname + location.search) history.pushState(null, '', url);
  show(next);
}

/** The current state with a change, back on the first page. */
export function withChange(change) {
  return { ...state, page: 1, ...change };
}

export function stopTyping() {
  typing = false;
}
