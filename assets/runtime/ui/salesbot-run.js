/**
 * Running a bot from the designer page (docs/salesbot.md §3–4): Run
 * (`button.js-salesbot-run`) starts the bot on the lead picked (the first
 * one unless another is), then the run log (`[data-salesbot-log]`) shows
 * what the bot did as the server reports it: each shown text and its
 * buttons, each request and its answer, the backend's `continue`, handlers
 * that are not emulated, and a bot that waited too long.
 */
import { fetchRun, runBot } from '../core/salesbot-api.js';

/** How often the log is read again while a run is not over. */
const POLL_MS = 300;
const OVER = ['finished', 'timed_out'];

function entryNode(entry) {
  const li = document.createElement('li');
  li.className = 'salesbot-log__entry';
  li.dataset.kind = entry.kind;
  const text = document.createElement('span');
  text.className = 'salesbot-log__text';
  text.textContent = entry.text;
  li.appendChild(text);
  if (entry.buttons && entry.buttons.length) {
    const row = document.createElement('div');
    row.className = 'salesbot-log__buttons';
    for (const b of entry.buttons) {
      const button = document.createElement('span');
      button.className = 'salesbot-log__button';
      button.textContent = b;
      row.appendChild(button);
    }
    li.appendChild(row);
  }
  if (entry.detail && typeof entry.detail === 'object') {
    const pre = document.createElement('pre');
    pre.className = 'salesbot-log__detail';
    pre.textContent = JSON.stringify(entry.detail, null, 2);
    li.appendChild(pre);
  }
  return li;
}

/** Wires the Run buttons (also those of bots saved later). */
export function bindRuns(env) {
  const { $ } = env;
  const log = document.querySelector('[data-salesbot-log]');
  let watching = 0;

  async function watch(runId) {
    const mine = ++watching;
    let shown = 0;
    for (;;) {
      let run;
      try {
        run = await fetchRun(runId);
      } catch (error) {
        log.appendChild(entryNode({ kind: 'error', text: `The run log could not be read: ${error.message}` }));
        return;
      }
      if (mine !== watching) return;
      for (const entry of run.log.slice(shown)) log.appendChild(entryNode(entry));
      shown = run.log.length;
      log.dataset.state = typeof run.state === 'string' ? run.state : Object.keys(run.state)[0];
      if (OVER.includes(log.dataset.state)) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  $(document).on('click', '.js-salesbot-run', async (e) => {
    e.preventDefault();
    const botId = e.currentTarget.getAttribute('data-bot-id');
    const leadId = $('.js-salesbot-lead').val();
    log.textContent = '';
    delete log.dataset.state;
    try {
      const started = await runBot(botId, leadId);
      log.dataset.runId = started.run_id;
      await watch(started.run_id);
    } catch (error) {
      log.appendChild(entryNode({ kind: 'error', text: `The bot did not start: ${error.message}` }));
    }
  });
}
