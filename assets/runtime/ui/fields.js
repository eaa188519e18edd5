/**
 * The settings fields of the modal as the platform reads them: values
 * collected from the DOM in the formats of docs/platform.md §2.4 (the widget may have
 * changed the inputs), and the required-field check done before `onSave`.
 *
 * Where the inputs are looked for: the fields wrapper first, then the rest
 * of the modal, because widgets add inputs of a field's name elsewhere (a
 * select they draw, a copy in their own form) and the platform's own input
 * is the one in the wrapper. A field whose input the widget removed (e.g.
 * `$settings_body.html(...)`) is *absent*: the platform can only serialise
 * the inputs that remain, so it is left out of `evt.fields`, not checked
 * as required, and keeps its stored value (see `settings-modal.js`).
 */

/** The platform's container of the native field rows. */
const FIELDS_WRAPPER = '#widget_settings__fields_wrapper';
const INPUTS = 'input, textarea, select';

function fieldRow($root, code) {
  return $root.find('.widget_settings_block__item_field').filter((_, el) => el.dataset.fieldCode === code);
}

/** The inputs named `name`: those in the fields wrapper, else any in the modal. */
function inputsNamed($root, name) {
  const named = (_, el) => el.name === name;
  const $wrapped = $root.find(FIELDS_WRAPPER).find(INPUTS).filter(named);
  return $wrapped.length ? $wrapped : $root.find(INPUTS).filter(named);
}

/** Reads one field's value the way the platform would store it. */
function inputValue($inputs) {
  const el = $inputs[0];
  if (el.type === 'radio') {
    const checked = $inputs.filter((_, r) => r.checked)[0];
    return checked ? checked.value : '';
  }
  if (el.type === 'checkbox') return el.checked ? el.value || '1' : '';
  const v = $inputs.first().val();
  return v === null || v === undefined ? '' : String(v);
}

/** `{code: {user_id: value}}` rows of a `users` / `users_lp` field, or null when gone. */
function userValues($row, lp) {
  const $inputs = $row.find('input[data-user-id]');
  if (!$inputs.length) return null;
  const values = {};
  $inputs.each((_, el) => {
    if (lp) {
      const entry = (values[el.dataset.userId] = values[el.dataset.userId] || { login: '', password: '' });
      entry[el.dataset.part] = el.value;
    } else {
      values[el.dataset.userId] = el.value;
    }
  });
  return values;
}

/**
 * Reads every manifest field still on the page. Returns `{values, absent}`:
 * `values` is `{field_code: value}` for the fields that have an input,
 * `absent` the codes of those whose input is gone.
 */
export function collectFields($root, fields) {
  const values = {};
  const absent = [];
  for (const field of fields) {
    let value = null;
    if (field.type === 'users' || field.type === 'users_lp') {
      value = userValues(fieldRow($root, field.code), field.type === 'users_lp');
    } else {
      const $inputs = inputsNamed($root, field.code);
      if ($inputs.length) value = inputValue($inputs);
    }
    if (value === null) absent.push(field.code);
    else values[field.code] = value;
  }
  return { values, absent };
}

function isEmpty(field, value) {
  if (field.type === 'users') return !Object.values(value || {}).some((v) => String(v).trim() !== '');
  if (field.type === 'users_lp') return !Object.values(value || {}).some((v) => v && String(v.login || '').trim() !== '');
  return value === undefined || value === null || String(value).trim() === '';
}

/**
 * Marks the required fields left empty and returns their labels; an empty
 * list means the form may be submitted. Absent fields (no input left) are
 * not checked: nobody could fill them in.
 */
export function checkRequired($root, fields, values) {
  const missing = [];
  for (const field of fields) {
    if (!Object.prototype.hasOwnProperty.call(values, field.code)) continue;
    const $row = fieldRow($root, field.code);
    const empty = field.required && isEmpty(field, values[field.code]);
    $row.toggleClass('widget_settings_block__item_field_invalid', empty);
    if (empty) missing.push(field.label || field.code);
  }
  return missing;
}
