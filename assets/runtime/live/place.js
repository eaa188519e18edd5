/**
 * "Where the user was", kept across a live reload or an in-place swap: the
 * page, the open settings modal and the context it was opened with (e.g.
 * the lead source clicked), the values typed but not saved, and the scroll
 * position. A reload keeps it in sessionStorage, so it belongs to this tab
 * only.
 */
const KEY = 'amo-emu:place';
/** A saved place older than this is stale (the reload never happened). */
const MAX_AGE_MS = 30_000;

/**
 * Where typed values are kept from, by name: the settings modal's form, the
 * widget's own page, and an open Digital Pipeline action form.
 */
const FIELD_SCOPES = {
  modal: '.modal #widget_settings__fields_wrapper',
  page: '#list_page_holder',
  dpAction: '.digital-pipeline__item_open #widget_settings__fields_wrapper',
};
const INPUTS = 'input, textarea, select';

let openModal = null;

/** Called by the settings modal when it opens and closes. */
export function modalOpened(code, context) {
  openModal = { code, context: context || {} };
}

export function modalClosed() {
  openModal = null;
}

/** Where the user is now (see the top of this file). */
export function currentPlace() {
  const fields = {};
  for (const [scope, selector] of Object.entries(FIELD_SCOPES)) {
    const root = document.querySelector(selector);
    if (root) fields[scope] = captureFields(root);
  }
  return {
    path: location.pathname + location.search,
    modal: openModal,
    fields,
    scroll: [window.scrollX, window.scrollY],
    at: Date.now(),
  };
}

/**
 * A radio button or checkbox is known by its name and value (a group
 * shares the name); anything else by its name. Unnamed and hidden inputs
 * are the widget's own business: it rebuilds them from the visible ones.
 */
function fieldKey(el) {
  if (!el.name || el.type === 'hidden') return null;
  return el.type === 'checkbox' || el.type === 'radio' ? `${el.name}=${el.value}` : el.name;
}

function captureFields(root) {
  const fields = {};
  for (const el of root.querySelectorAll(INPUTS)) {
    const key = fieldKey(el);
    if (!key) continue;
    fields[key] = el.type === 'checkbox' || el.type === 'radio' ? { checked: el.checked } : { value: el.value };
  }
  return fields;
}

/**
 * Puts the values of `place`'s `scope` back into the inputs there, each
 * announced with the event typing would have sent, so the form (and the
 * widget) notice.
 */
function restoreFields(place, scope) {
  const root = document.querySelector(FIELD_SCOPES[scope]);
  const saved = place.fields && place.fields[scope];
  if (!root || !saved) return;
  for (const el of root.querySelectorAll(INPUTS)) {
    const was = saved[fieldKey(el)];
    if (!was) continue;
    if ('checked' in was && el.checked !== was.checked) {
      el.checked = was.checked;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else if ('value' in was && el.value !== was.value) {
      el.value = was.value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}

/** Records the current place just before the page reloads. */
export function savePlace() {
  sessionStorage.setItem(KEY, JSON.stringify(currentPlace()));
}

/**
 * Whether the last reload left an open settings modal to restore here; if
 * so, starts fetching its form at once (before the page is set up) and
 * returns true, so the page can also load the widget's script early.
 */
export function prefetchPendingModal(prefetch) {
  const place = readPlace();
  if (!place || !place.modal) return false;
  prefetch(place.modal.code);
  return true;
}

/** The place saved for this page by the last reload, once. */
export function takePlace() {
  const place = readPlace();
  sessionStorage.removeItem(KEY);
  return place;
}

function readPlace() {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const place = JSON.parse(raw);
    const fresh = Date.now() - place.at < MAX_AGE_MS;
    return fresh && place.path === location.pathname + location.search ? place : null;
  } catch (_) {
    return null;
  }
}

/**
 * Puts the user back: scroll, the values typed on the page (the widget's
 * own page, an open DP action form: the page has drawn them again by now),
 * then the modal (through `open(context)`, which resolves once the widget
 * has run in it) and the values typed in it. `place` is the one the last
 * reload saved, unless given (an in-place swap keeps it in memory).
 */
export async function restorePlace(open, place = takePlace()) {
  if (!place) return;
  window.scrollTo(place.scroll[0], place.scroll[1]);
  restoreFields(place, 'page');
  restoreFields(place, 'dpAction');
  if (!place.modal || !open) return;
  await open(place.modal.context);
  restoreFields(place, 'modal');
}
