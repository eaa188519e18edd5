/**
 * "Send webhook" on a saved widget action: asks the server to POST the
 * documented DP payload to `dp.webhook_url` (or `--dp-webhook-url`) and
 * shows what came back: the status and time, or why nothing did
 * (refused, timeout, not 2xx). Nothing is swallowed.
 */
import { fireWebhook } from '../core/dp-api.js';

const OUTCOME_TEXT = {
  delivered: 'delivered',
  http_error: 'the backend answered with an error status',
  timeout: 'no answer in time',
  connect_failed: 'could not connect',
  bad_url: 'no usable webhook URL',
  failed: 'the request failed',
};

export function bindWebhookControl(env, $item) {
  const { $ } = env;
  const $result = $item.find('.amo-emu-dp-webhook__result');
  $item.find('.js-dp-fire-webhook').on('click', async (e) => {
    e.preventDefault();
    const $button = $(e.currentTarget);
    if ($button.prop('disabled')) return;
    $button.prop('disabled', true);
    $result.prop('hidden', false).attr('data-outcome', 'sending').text('Sending…');
    try {
      const report = await fireWebhook(
        $item.attr('data-trigger-id'),
        $item.find('.amo-emu-dp-webhook__event').val(),
        $item.find('.amo-emu-dp-webhook__lead').val(),
      );
      show($, $result, report);
    } catch (error) {
      $result.attr('data-outcome', 'error').attr('class', 'amo-emu-dp-webhook__result amo-emu-dp-webhook__result_error').text(`Not sent: ${error.message}`);
    } finally {
      $button.prop('disabled', false);
    }
  });
}

function show($, $result, r) {
  const status = r.status ? `${r.status}${r.status_text ? ` ${r.status_text}` : ''}` : OUTCOME_TEXT[r.outcome] || r.outcome;
  const head = r.ok ? `${status} in ${r.elapsed_ms} ms` : `Failed: ${status} (${r.elapsed_ms} ms)`;
  $result
    .attr('data-outcome', r.outcome)
    .attr('data-status', r.status === null ? '' : String(r.status))
    .attr('class', `amo-emu-dp-webhook__result amo-emu-dp-webhook__result_${r.ok ? 'ok' : 'error'}`)
    .empty()
    .append($('<div class="amo-emu-dp-webhook__head"></div>').text(head))
    .append(r.error ? $('<div class="amo-emu-dp-webhook__error"></div>').text(r.error) : null)
    .append(
      $('<details class="amo-emu-dp-webhook__details"></details>')
        .append($('<summary></summary>').text(`POST ${r.url}`))
        .append($('<pre></pre>').text(JSON.stringify(r.payload, null, 2)))
        .append(r.response_body ? $('<pre class="amo-emu-dp-webhook__response"></pre>').text(r.response_body) : null),
    );
}
