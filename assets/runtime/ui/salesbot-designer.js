/**
 * The Salesbot designer's editor (docs/salesbot.md §1–2): "+ Add a step"
 * lists the handlers of the widget's `salesbot_designer` block; picking one
 * draws its settings form (server-rendered from the manifest) and calls
 * `salesbotDesignerSettings($body, renderRow, params)`, whose `{exits}`
 * become the step's exits; Save calls `onSalesbotDesignerSave(handler_code,
 * params)`, which must give the JSON string of the bot's steps (anything
 * else: the editor says why and nothing is saved), and stores the bot.
 */
import { invoke } from '../core/lifecycle.js';
import { saveBot } from '../core/salesbot-api.js';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * One standard settings row, as `renderRow(caption, content)` gives it to the
 * widget: an HTML string with the caption (escaped) and the widget's own
 * markup after it (the exact markup amoCRM returns is UNCONFIRMED).
 */
function renderRow(caption, content = '') {
  return `<div class="salesbot-step__row salesbot-step__field"><span class="salesbot-step__label">${escapeHtml(caption ?? '')}</span>${content ?? ''}</div>`;
}

/** Why `value` cannot be the bot's steps, or null with the parsed steps. */
export function checkSteps(value) {
  if (typeof value !== 'string') {
    const got = value === undefined ? 'nothing' : Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    return { why: `onSalesbotDesignerSave returned ${got}; amoCRM wants a JSON string of the bot's steps, e.g. JSON.stringify([{question: [...]}])` };
  }
  let steps;
  try {
    steps = JSON.parse(value);
  } catch (error) {
    return { why: `onSalesbotDesignerSave returned a string that is not JSON (${error.message})` };
  }
  if (!Array.isArray(steps)) return { why: 'onSalesbotDesignerSave returned JSON that is not an array of steps ([{"question": [...]}, ...])' };
  return { steps };
}

/**
 * Wires the editor; `designer.widget()` resolves to the widget object of
 * this area (null when script.js cannot be built), `designer.onSaved(bot)`
 * hears of each saved bot.
 */
export function bindDesigner(env, designer) {
  const { $ } = env;
  const $root = $('#salesbot-root');
  const $step = $('#salesbot-step');
  const $picker = $('#salesbot-handlers');
  const $save = $root.find('.js-salesbot-save');
  const $notice = $root.find('.salesbot-designer__modal > .amo-emu-notice');
  let current = null;
  let savedId = null;

  function notice(kind, text) {
    $notice.attr('class', `amo-emu-notice amo-emu-notice_${kind}`).text(text).prop('hidden', !text);
  }

  const params = () => {
    const out = {};
    $step.find('form [name]').each((_, el) => {
      if (el.type === 'checkbox' || el.type === 'radio') {
        if (el.checked) out[el.name] = el.value;
      } else out[el.name] = $(el).val();
    });
    return out;
  };

  function drawExits(exits) {
    const $exits = $step.find('[data-salesbot-exits]').empty();
    for (const exit of exits) {
      $('<span class="salesbot-step__exit"></span>')
        .attr('data-exit-code', exit && exit.code != null ? String(exit.code) : '')
        .text(exit && exit.title != null ? String(exit.title) : String(exit && exit.code))
        .appendTo($exits);
    }
  }

  async function pick(code) {
    $picker.prop('hidden', true);
    const template = $root.find(`template[data-salesbot-form-for="${CSS.escape(code)}"]`)[0];
    if (!template) return;
    $step.empty().append(template.content.cloneNode(true)).prop('hidden', false);
    current = { code, exits: [] };
    $save.prop('disabled', false);
    notice('', '');
    const widget = await designer.widget();
    if (!widget) {
      notice('error', "The widget's script.js could not be run, so salesbotDesignerSettings was not called; see the message in the corner.");
      return;
    }
    const $body = $step.find('.salesbot-step__widget-body');
    const result = await invoke(widget, 'salesbotDesignerSettings', [$body, renderRow, params()]);
    const exits = result.value && Array.isArray(result.value.exits) ? result.value.exits : [];
    current.exits = exits;
    drawExits(exits);
    // A marker for tools and tests: the widget drew its settings.
    $step.attr('data-amo-emu-ready', code);
  }

  async function save() {
    if (!current || $save.attr('data-loading')) return;
    $save.attr('data-loading', '1');
    try {
      const widget = await designer.widget();
      if (!widget) {
        notice('error', "The widget's script.js could not be run, so onSalesbotDesignerSave was not called.");
        return;
      }
      const values = params();
      const result = await invoke(widget, 'onSalesbotDesignerSave', [current.code, values]);
      if (result.missing) {
        notice('error', 'The widget has no callbacks.onSalesbotDesignerSave, so amoCRM cannot save a bot with its step.');
        return;
      }
      if (result.error) {
        notice('error', `onSalesbotDesignerSave threw: ${result.error && result.error.message ? result.error.message : result.error}. Nothing was saved.`);
        return;
      }
      const checked = checkSteps(result.value);
      if (checked.why) {
        notice('error', `${checked.why}. Nothing was saved.`);
        return;
      }
      const bot = await saveBot({
        id: savedId,
        name: $root.find('.js-salesbot-name').val(),
        handler_code: current.code,
        params: values,
        exits: current.exits,
        steps: result.value,
      });
      savedId = bot.id;
      notice('success', `Saved bot #${bot.id} "${bot.name}" with ${bot.steps.length} step(s).`);
      designer.onSaved(bot);
    } catch (error) {
      notice('error', `Not saved: ${error.message}`);
    } finally {
      $save.removeAttr('data-loading');
    }
  }

  $root.on('click', '.js-salesbot-add-step', (e) => {
    e.preventDefault();
    e.stopPropagation();
    $picker.prop('hidden', !$picker.prop('hidden'));
  });
  $(document).on('click', (e) => {
    if (!$(e.target).closest('#salesbot-handlers').length) $picker.prop('hidden', true);
  });
  $root.on('click keydown', '[data-salesbot-handler]', (e) => {
    if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    pick(e.currentTarget.getAttribute('data-salesbot-handler'));
  });
  $root.on('submit', 'form[data-salesbot-form]', (e) => e.preventDefault());
  $root.on('click', '.js-salesbot-save', (e) => {
    e.preventDefault();
    save();
  });
}
