/**
 * The card feed's composer (`.feed-compose`, inside amoCRM's
 * `.feed-amojo__actions-inner`, its text a `.control-contenteditable__area`
 * as on amoCRM, where widgets write templates): a note typed there is added
 * through the API (`POST /api/v4/<entity>/<id>/notes`, a `common` note), as
 * a widget or backend adds one, and the feed is redrawn from the server. In
 * SMS mode (a widget's `add_source('sms')`, ui/feed-sources.js) the text goes
 * through the widget's handler first and becomes an `sms_out` note.
 * Delegated on `document` once, so a redrawn card needs no re-wiring.
 */
import { sendSms, wireSourceModes } from './feed-sources.js';
import { showToast } from './toast.js';

/** The composer's text: amoCRM's is a contenteditable area, not a textarea. */
function noteText(area) {
  if (!area) return '';
  return area.isContentEditable ? area.innerText : area.value || '';
}

/** Empties the composer after a note was added. */
export function clearComposer() {
  const area = document.querySelector('.js-note-text');
  if (!area) return;
  if (area.isContentEditable) area.textContent = '';
  else area.value = '';
}

/** Adds `note` to the form's record; resolves to whether it was added. */
async function addNote(form, note, status) {
  const url = `/api/v4/${form.dataset.entity}/${form.dataset.id}/notes`;
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify([note]),
    });
  } catch (e) {
    status.textContent = '';
    showToast(`The note was not added: the emulator did not answer (${e.message}).`, { kind: 'error' });
    return false;
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    status.textContent = 'Not added.';
    showToast(`The note was not added (${response.status}): ${problem.detail || ''}`, { kind: 'error' });
    return false;
  }
  return true;
}

export function wireFeed({ onAdded }) {
  wireSourceModes();
  document.addEventListener('submit', async (event) => {
    const form = event.target instanceof Element ? event.target.closest('.js-feed-compose') : null;
    if (!form) return;
    event.preventDefault();
    const sms = form.dataset.mode === 'sms';
    const text = noteText(form.querySelector('.js-note-text')).trim();
    const status = form.querySelector('.js-note-status');
    if (!text) {
      status.textContent = sms ? 'Write the SMS first.' : 'Write the note first.';
      return;
    }
    let note = { note_type: 'common', params: { text } };
    if (sms) {
      status.textContent = 'Sending…';
      note = await sendSms(form, text);
      if (!note) {
        status.textContent = 'Not sent.';
        return;
      }
    }
    status.textContent = 'Adding…';
    if (await addNote(form, note, status)) await onAdded();
  });
}
