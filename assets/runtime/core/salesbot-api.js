/**
 * The Salesbot designer's calls to the emulator's own endpoints
 * (`/amo-emu/salesbot/...`): save a bot, run it on a lead, read a run's
 * log. Errors come back as one readable sentence, as in api.js.
 */
import { send } from './api.js';

export const saveBot = (bot) => send('POST', '/amo-emu/salesbot/bots', bot);

export const runBot = (botId, leadId) =>
  send('POST', `/amo-emu/salesbot/bots/${encodeURIComponent(botId)}/run`, { lead_id: leadId ? Number(leadId) : null });

export const fetchRun = (runId) => send('GET', `/amo-emu/salesbot/runs/${encodeURIComponent(runId)}`);
