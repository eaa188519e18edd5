/**
 * Twig.js set up as the platform has it: every system control
 * (`/tmpl/controls/*.twig`) registered under its path before any widget
 * runs, so `render({ref})` and `Twig({ref})` work synchronously.
 *
 * @param Twig      the Twig.js exports
 * @param templates `{ "/tmpl/controls/x.twig": "<source>" }` as served by
 *                  `/amo-emu/system-templates.json`
 */
export function registerSystemTemplates(Twig, templates) {
  for (const [id, data] of Object.entries(templates)) {
    Twig.twig({ id, data, allowInlineIncludes: true, rethrow: true });
  }
  return Object.keys(templates).length;
}
