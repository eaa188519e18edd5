/**
 * The behaviour of the platform's system controls (`/tmpl/controls/*`),
 * installed once per page by `setupPlatform`, before any widget runs. Every
 * handler is delegated from `document` (namespace `.amoEmuControls`), so a
 * control works wherever a widget draws it — the settings modal, its own
 * page, a DP form — and however late.
 */
import { installCheckable } from './checkable.js';
import { installCheckboxesDropdown } from './checkboxes-dropdown.js';
import { installDateField } from './date-field.js';
import { installPipelineSelect } from './pipeline-select.js';
import { installDismissal } from './popup.js';
import { installSelect } from './select.js';
import { installSuggest } from './suggest.js';

let installed = false;

export function installControls($, Twig) {
  if (installed) return;
  installed = true;
  installDismissal($);
  installCheckable($);
  installSelect($);
  installCheckboxesDropdown($);
  installSuggest($);
  installDateField($);
  installPipelineSelect($, Twig);
}
