/**
 * The DP page's calls to the emulator's own endpoints (`/amo-emu/dp/...`):
 * server-rendered fragments (sources column, one widget action) and the
 * action writes. Errors come back as one readable sentence, as in api.js.
 */
import { send } from './api.js';

async function fragment(url) {
  const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${(await response.text()).trim()}`);
  return response.text();
}

export const fetchSourcesColumn = (pipelineId) => fragment(`/amo-emu/dp/${encodeURIComponent(pipelineId)}/sources`);

export function fetchTriggerItem({ pipelineId, statusId, triggerId, open }) {
  const q = new URLSearchParams({ pipeline_id: pipelineId, status_id: statusId });
  if (triggerId) q.set('trigger_id', triggerId);
  if (open) q.set('open', '1');
  return fragment(`/amo-emu/dp/trigger-item?${q}`);
}

export const addAsLeadSource = (pipelineId) => send('POST', '/amo-emu/dp/lead-source', { pipeline_id: Number(pipelineId) });

export const createTrigger = (pipelineId, statusId, settings) =>
  send('POST', '/amo-emu/dp/triggers', { pipeline_id: Number(pipelineId), status_id: Number(statusId), settings });

export const updateTrigger = (id, settings) => send('PATCH', `/amo-emu/dp/triggers/${encodeURIComponent(id)}`, { settings });

export const deleteTrigger = (id) => send('DELETE', `/amo-emu/dp/triggers/${encodeURIComponent(id)}`);

export const fireWebhook = (id, event, leadId) =>
  send('POST', `/amo-emu/dp/triggers/${encodeURIComponent(id)}/fire`, { event, lead_id: leadId });
