/**
 * Widget actions (triggers) under the stages of the DP page (docs/platform.md §10.1).
 * "+ Add action" lists the widgets with a `dp` block; picking one draws the
 * platform's action form (server-rendered from `dp.settings`, with the
 * documented hooks), then runs the widget's `dpSettings()`. Save stores
 * the values of the form's inputs (hidden or not) for this action only.
 * One form is open at a time, as in amoCRM (its ids are page-unique).
 */
import { createTrigger, deleteTrigger, fetchTriggerItem, updateTrigger } from '../core/dp-api.js';
import { invoke } from '../core/lifecycle.js';
import { bindWebhookControl } from './dp-webhook.js';

const NOT_INSTALLED = 'Install the widget first: amoCRM offers only installed widgets as automatic actions.';

/**
 * Wires the actions under the stages; `dp` is what the page shares
 * (pages/digital-pipeline.js). Returns `{rerunOpenAction}`, or nothing on
 * a page without the widget.
 */
export function bindActions(env, dp) {
  const { $, boot } = env;
  const w = boot.widget;
  const $root = $('#dp-root');
  if (!w || !$root.length) return;
  const installed = () => w.status === 'installed';

  function closePicker() {
    $root.find('.digital-pipeline__actions-list_open').remove();
  }

  /** Replaces `$item` by a fresh fragment from the server. */
  async function redraw($item, { triggerId, open }) {
    const html = await fetchTriggerItem({
      pipelineId: dp.pipelineId,
      statusId: $item.attr('data-status-id'),
      triggerId,
      open,
    });
    const $fresh = $(html);
    $item.replaceWith($fresh);
    return $fresh;
  }

  /** Collapses the open form (removing it if it was never saved). */
  async function closeOpen() {
    const $open = $root.find('.digital-pipeline__item_open');
    if (!$open.length) return;
    const id = $open.attr('data-trigger-id');
    if (!id) {
      $open.remove();
      return;
    }
    await redraw($open, { triggerId: id, open: false });
  }

  /** Opens the form of `$item` (closing any other) for the widget to customise. */
  async function openForm($item) {
    await closeOpen();
    return showForm($item);
  }

  /** Draws `$item` open and runs the widget's `dpSettings` in it. */
  async function showForm($item) {
    const $open = await redraw($item, { triggerId: $item.attr('data-trigger-id'), open: true });
    const $form = $open.find('form[data-action=send_widget_hook]');
    bindWebhookControl(env, $open);
    const widget = await dp.dpWidget();
    if (widget) {
      dp.enterDpArea();
      await invoke(widget, 'dpSettings');
    }
    // A marker for tools and tests: the widget's dpSettings has run.
    $form.attr('data-amo-emu-ready', 'dp');
    return $open;
  }

  /** After an in-place swap: the open form drawn again for the new `dpSettings`. */
  async function rerunOpenAction() {
    const $open = $root.find('.digital-pipeline__item_open');
    if ($open.length) await showForm($open.first());
  }

  $root.on('click', '.js-dp-add-action', (e) => {
    e.preventDefault();
    e.stopPropagation();
    const $button = $(e.currentTarget);
    const wasOpen = $button.closest('.digital-pipeline__add').find('.digital-pipeline__actions-list_open').length;
    closePicker();
    if (wasOpen) return;
    const $list = $('#dp-actions-template').clone().removeAttr('id').prop('hidden', false).addClass('digital-pipeline__actions-list_open');
    $button.after($list);
  });
  $(document).on('click', (e) => {
    if (!$(e.target).closest('.digital-pipeline__actions-list_open').length) closePicker();
  });

  $root.on('click keydown', '.digital-pipeline__actions-list_open .digital-pipeline__action-option', async (e) => {
    if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    const $status = $(e.currentTarget).closest('.digital-pipeline__status');
    closePicker();
    if (!installed()) {
      dp.openSettingsFromDp({}, NOT_INSTALLED);
      return;
    }
    const $placeholder = $('<div class="digital-pipeline__item"></div>').attr('data-status-id', $status.attr('data-status-id'));
    await closeOpen();
    $status.find('.digital-pipeline__items').append($placeholder);
    await openForm($placeholder);
  });

  $root.on('click keydown', '.js-dp-open-trigger', async (e) => {
    if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
    const $item = $(e.currentTarget).closest('.digital-pipeline__item');
    if ($item.hasClass('digital-pipeline__item_open')) return;
    e.preventDefault();
    await openForm($item);
  });

  // The platform enables Save when a field changes; widgets also swap the
  // classes themselves (button-input-disabled → button-input_blue).
  $root.on('input change controls:change', '.digital-pipeline__item_open #widget_settings__fields_wrapper', (e) => {
    $(e.currentTarget).closest('form').find('.js-trigger-save').removeClass('button-input-disabled').addClass('button-input_blue');
    $(e.target).closest('.widget_settings_block__item_field').removeClass('widget_settings_block__item_field_invalid');
  });
  $root.on('submit', 'form[data-action=send_widget_hook]', (e) => e.preventDefault());

  $root.on('click', '.digital-pipeline__item_open .js-trigger-cancel', async (e) => {
    e.preventDefault();
    await closeOpen();
  });

  $root.on('click', '.digital-pipeline__item_open .js-trigger-delete', async (e) => {
    e.preventDefault();
    const $item = $(e.currentTarget).closest('.digital-pipeline__item');
    try {
      await deleteTrigger($item.attr('data-trigger-id'));
      $item.remove();
    } catch (error) {
      notice($item, 'error', `Not deleted: ${error.message}`);
    }
  });

  $root.on('click', '.digital-pipeline__item_open .js-trigger-save', async (e) => {
    e.preventDefault();
    const $button = $(e.currentTarget);
    if ($button.hasClass('button-input-disabled') || $button.attr('data-loading')) return;
    const $item = $button.closest('.digital-pipeline__item');
    const $form = $item.find('form[data-action=send_widget_hook]');
    const { values, missing } = collect($form);
    if (missing.length) {
      notice($item, 'error', `Fill in the required field${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`);
      return;
    }
    $button.attr('data-loading', 'Y');
    const id = $item.attr('data-trigger-id');
    let saved;
    try {
      saved = id ? await updateTrigger(id, values) : await createTrigger(dp.pipelineId, $item.attr('data-status-id'), values);
    } catch (error) {
      $button.removeAttr('data-loading');
      notice($item, 'error', `Not saved: ${error.message}`);
      return;
    }
    await redraw($item, { triggerId: saved.id, open: false });
  });

  /** `{code: value}` of every `input[name=<dp field>]` in the form. */
  function collect($form) {
    const values = {};
    const missing = [];
    $form.find('.widget_settings_block__item_field[data-field-code]').each((_, row) => {
      const code = row.dataset.fieldCode;
      const $input = $form.find('input, textarea, select').filter((__, el) => el.name === code).first();
      const value = $input.length ? String($input.val() === null || $input.val() === undefined ? '' : $input.val()) : '';
      values[code] = value;
      const required = row.classList.contains('widget_settings_block__item_field_required');
      const empty = value.trim() === '';
      row.classList.toggle('widget_settings_block__item_field_invalid', required && empty);
      if (required && empty) missing.push($(row).find('.widget_settings_block__title_field').attr('title') || code);
    });
    return { values, missing };
  }

  function notice($item, kind, text) {
    $item.find('.amo-emu-notice').first().attr('class', `amo-emu-notice amo-emu-notice_${kind}`).text(text).prop('hidden', !text);
  }

  return { rerunOpenAction };
}
