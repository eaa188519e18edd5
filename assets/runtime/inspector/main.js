/**
 * The inspector, on every emulated page: the docked panel, the rule
 * checks, the locale and user switchers, and the notices on the timeline. Loaded before the page's runtime, so the checks are in place
 * before the widget's code runs and the panel sees every event.
 */
import './guards.js';
import './callback-rules.js';
import './modal-rules.js';
import './panel.js';
import './switchers.js';
import './notices.js';
