/**
 * The settings fields of the modal as the platform reads them: values
 * collected from the DOM in the formats of spec §2.4 (the widget may have
 * changed the inputs), and the required-field check done before `onSave`.
 */

function fieldRow($root, code) {
  return $root.find('.widget_settings_block__item_field').filter((_, el) => el.dataset.fieldCode === code);
}

function inputNamed($root, name) {
  return $root.find('input, textarea, select').filter((_, el) => el.name === name).first();
}

/** Reads one input's value the way the platform would store it. */
function inputValue($input) {
  if (!$input.length) return '';
  const el = $input[0];
  if (el.type === 'checkbox' || el.type === 'radio') return el.checked ? el.value || '1' : '';
  const v = $input.val();
  return v === null || v === undefined ? '' : String(v);
}

/** `{field_code: value}` for every manifest field. */
export function collectFields($root, fields) {
  const out = {};
  for (const field of fields) {
    const $row = fieldRow($root, field.code);
    if (field.type === 'users') {
      const values = {};
      $row.find('input[data-user-id]').each((_, el) => {
        values[el.dataset.userId] = el.value;
      });
      out[field.code] = values;
    } else if (field.type === 'users_lp') {
      const values = {};
      $row.find('input[data-user-id]').each((_, el) => {
        const entry = (values[el.dataset.userId] = values[el.dataset.userId] || { login: '', password: '' });
        entry[el.dataset.part] = el.value;
      });
      out[field.code] = values;
    } else {
      out[field.code] = inputValue(inputNamed($root, field.code));
    }
  }
  return out;
}

function isEmpty(field, value) {
  if (field.type === 'users') return !Object.values(value || {}).some((v) => String(v).trim() !== '');
  if (field.type === 'users_lp') return !Object.values(value || {}).some((v) => v && String(v.login || '').trim() !== '');
  return value === undefined || value === null || String(value).trim() === '';
}

/**
 * Marks the required fields left empty and returns their labels; an empty
 * list means the form may be submitted.
 */
export function checkRequired($root, fields, values) {
  const missing = [];
  for (const field of fields) {
    const $row = fieldRow($root, field.code);
    const empty = field.required && isEmpty(field, values[field.code]);
    $row.toggleClass('widget_settings_block__item_field_invalid', empty);
    if (empty) missing.push(field.label || field.code);
  }
  return missing;
}
