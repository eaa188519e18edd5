/**
 * Twig.js set up as the platform has it: every system control
 * (`/tmpl/controls/*.twig`) registered under its path before any widget
 * runs, so `render({ref})` and `Twig({ref})` work synchronously.
 */
export async function registerSystemTemplates(Twig) {
  const response = await fetch('/amo-emu/system-templates.json');
  const templates = await response.json();
  for (const [id, data] of Object.entries(templates)) {
    Twig.twig({ id, data, allowInlineIncludes: true, rethrow: true });
  }
  return Object.keys(templates).length;
}
