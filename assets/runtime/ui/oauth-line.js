/**
 * The settings modal's OAuth line (drawn by the server when a redirect URI
 * is set): what became of the authorization code install sent, the
 * disable hook and refused token requests, as they happen, and a "Send a
 * new code" button. amoCRM shows nothing of this; it is amo-emu's, outside
 * the part of the modal widgets draw in.
 */
import { describeIntegration, sendNewCode } from '../net/integration.js';

const OUTCOME = '[data-amo-emu-oauth-outcome]';

function show(text, failed) {
  const line = document.querySelector(OUTCOME);
  if (!line) return;
  line.textContent = text.charAt(0).toUpperCase() + text.slice(1);
  line.classList.toggle('amo-emu-oauth__outcome_failed', Boolean(failed));
}

window.addEventListener('amo-emu:integration', (event) => {
  const e = event.detail || {};
  if (!['code', 'hook', 'revoked', 'refused'].includes(e.type)) return;
  show(describeIntegration(e), e.type === 'refused' || (e.report && !e.report.ok));
});

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('.amo-emu-oauth__send') : null;
  if (!button) return;
  button.disabled = true;
  const why = await sendNewCode();
  button.disabled = false;
  if (why) show(`No code was sent: ${why}`, true);
  else show('Sending a new code…', false);
});
