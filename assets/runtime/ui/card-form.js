/**
 * The card's Save. What the person changed in `#card_fields` becomes the
 * API's own request (`PATCH /api/v4/<entity>/<id>`, or `POST /api/v4/leads`
 * on the new-lead form), so a card's Save and a widget's or backend's
 * write take one path on the server (src/server/crm_writes.rs) and the
 * webhooks, the history and the pages see the same change. amoCRM's
 * validation errors are shown next to the fields they name. Delegated on
 * `document` once, so a card redrawn in place needs no re-wiring.
 */
import { showToast } from './toast.js';

const FORM = '.js-card-form';

/** What one changed input adds to the body; `cf` collects custom fields. */
function put(body, cf, input) {
  const name = input.name;
  const value = input.value;
  const key = /^\w+\[(\w+)\]$/.exec(name);
  const custom = /^CFV\[(\d+)\]$/.exec(name);
  if (custom) {
    const field_id = Number(custom[1]);
    if (value === '') cf.push({ field_id, values: null });
    else if (input.tagName === 'SELECT') cf.push({ field_id, values: [{ enum_id: Number(value) }] });
    else cf.push({ field_id, values: [{ value }] });
    return;
  }
  if (!key) return;
  const asNumber = (v) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : v);
  switch (key[1]) {
    case 'NAME':
      body.name = value;
      break;
    case 'PRICE':
      body.price = value.trim() === '' ? 0 : asNumber(value);
      break;
    case 'STATUS': {
      const option = input.selectedOptions[0];
      body.status_id = Number(value);
      if (option && option.dataset.pipelineId) body.pipeline_id = Number(option.dataset.pipelineId);
      break;
    }
    case 'MAIN_USER':
      body.responsible_user_id = Number(value);
      break;
    default:
      break;
  }
}

function changed(input) {
  if (input.tagName === 'SELECT') return [...input.options].some((o) => o.selected !== o.defaultSelected);
  return input.value !== input.defaultValue;
}

/** The input an error's `path` names (`price`, `custom_fields_values.0.values.0.value`). */
function inputFor(form, path, sentFields) {
  const [head, index] = path.split('.');
  const byKey = { name: 'NAME', price: 'PRICE', status_id: 'STATUS', pipeline_id: 'STATUS', responsible_user_id: 'MAIN_USER' };
  if (head === 'custom_fields_values' && sentFields[Number(index)]) {
    return form.querySelector(`[name="CFV[${sentFields[Number(index)].field_id}]"]`);
  }
  return byKey[head] ? form.querySelector(`[name$="[${byKey[head]}]"]`) : null;
}

/** The form's current values become its saved ones (not "unsaved" any more). */
function markSaved(form) {
  for (const input of form.querySelectorAll('input[name], textarea[name]')) input.defaultValue = input.value;
  for (const option of form.querySelectorAll('option')) option.defaultSelected = option.selected;
}

function clearErrors(form) {
  for (const row of form.querySelectorAll('.card-fields__row_error')) row.classList.remove('card-fields__row_error');
  for (const el of form.querySelectorAll('.card-fields__error')) {
    el.hidden = true;
    el.textContent = '';
  }
}

function showErrors(form, problem, sentFields) {
  const items = problem['validation-errors'] || [];
  const lines = [];
  for (const item of items) {
    for (const e of item.errors || []) {
      const input = inputFor(form, e.path, sentFields);
      const slot = input && input.parentElement.querySelector('.card-fields__error');
      if (slot) {
        slot.textContent = `${e.code}: ${e.detail}`;
        slot.hidden = false;
        input.parentElement.classList.add('card-fields__row_error');
      }
      lines.push(`${e.path}: ${e.detail}`);
    }
  }
  return lines.length ? lines.join('; ') : problem.detail || 'the request was refused';
}

/**
 * Wires Save. `onSaved({created})` redraws the card (`created` is the new
 * record's id after the new-lead form).
 */
export function wireCardForm({ onSaved }) {
  document.addEventListener('submit', async (event) => {
    const form = event.target instanceof Element ? event.target.closest(FORM) : null;
    if (!form) return;
    event.preventDefault();
    const status = form.querySelector('.js-card-save-status');
    const entity = form.dataset.entity;
    const id = Number(form.dataset.id);
    const body = {};
    const cf = [];
    for (const input of form.querySelectorAll('input[name], select[name], textarea[name]')) {
      if (id === 0 || changed(input)) put(body, cf, input);
    }
    if (cf.length) body.custom_fields_values = cf;
    clearErrors(form);
    if (!Object.keys(body).length) {
      status.textContent = 'Nothing changed.';
      return;
    }
    const creating = id === 0;
    const url = creating ? `/api/v4/${entity}` : `/api/v4/${entity}/${id}`;
    status.textContent = 'Saving…';
    let response;
    let answer = null;
    form.dataset.saving = '1';
    try {
      response = await fetch(url, {
        method: creating ? 'POST' : 'PATCH',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(creating ? [body] : body),
      });
      answer = await response.json().catch(() => null);
    } catch (e) {
      status.textContent = '';
      showToast(`Save failed: the emulator did not answer (${e.message}).`, { kind: 'error' });
      return;
    } finally {
      delete form.dataset.saving;
    }
    if (!response.ok) {
      status.textContent = 'Not saved.';
      const why = showErrors(form, answer || {}, cf);
      showToast(`Not saved (${response.status}): ${why}`, { kind: 'error', data: { origin: 'card-save' } });
      return;
    }
    status.textContent = 'Saved.';
    markSaved(form);
    const created = creating ? answer && answer._embedded && answer._embedded[entity][0].id : null;
    await onSaved({ created });
  });
}
