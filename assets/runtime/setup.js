/**
 * Where the layers meet: `setupPlatform` (core/platform.js) with what core
 * uses from the layers above it plugged in — the corner messages
 * (ui/toast.js), the error overlay (live/overlay.js), the system controls
 * (controls/index.js) and `crm_post` (net/crm-post.js). Every page entry
 * (pages/) starts from here, so core imports none of them.
 */
import { setupPlatform } from './core/platform.js';
import { installControls } from './controls/index.js';
import { showOverlay } from './live/overlay.js';
import { crmPost } from './net/crm-post.js';
import { showToast } from './ui/toast.js';

const services = { notify: showToast, overlay: showOverlay, installControls, crmPost };

/** `setupPlatform(boot, options)` with the services; resolves to the page's env (core/env.js). */
export function setupPage(boot, options) {
  return setupPlatform(boot, { ...options, services });
}
