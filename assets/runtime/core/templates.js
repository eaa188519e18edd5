/**
 * The platform's system templates (`/tmpl/controls/*.twig`) registered in
 * Twig.js before any widget runs, each compiled on first use; and, for an
 * in-place code swap, forgetting every template that is not one of them.
 */

/** Where the system controls live; the widget's own templates never do. */
const SYSTEM_PREFIX = '/tmpl/';

/**
 * Twig.js set up as the platform has it: every system control
 * (`/tmpl/controls/*.twig`) known under its path before any widget runs, so
 * `render({ref})` and `Twig({ref})` work synchronously.
 *
 * Compiling all of them up front costs more than the rest of a page load's
 * scripting, and most pages use two or three; so each one is compiled the
 * first time it is looked up, through Twig.js's own extension hook.
 *
 * @param Twig      the Twig.js exports
 * @param templates `{ "/tmpl/controls/x.twig": "<source>" }` as served by
 *                  `<asset base>system-templates.json` (also `/amo-emu/system-templates.json`)
 */
export function registerSystemTemplates(Twig, templates) {
  const pending = new Map(Object.entries(templates));
  Twig.extend((core) => {
    const load = core.Templates.load;
    core.Templates.load = function loadSystemTemplate(id) {
      const data = pending.get(id);
      if (data !== undefined) {
        pending.delete(id);
        Twig.twig({ id, data, allowInlineIncludes: true, rethrow: true });
      }
      return load.call(this, id);
    };
  });
  return pending.size;
}

/**
 * Drops every template Twig.js keeps under an id except the system
 * controls: the widget's `render({href})` templates (cached by URL) and any
 * it registered itself with `Twig({id, data})`, which the next version of
 * the widget would otherwise get stale, or fail to register again.
 */
export function forgetWidgetTemplates(Twig) {
  let forgotten = 0;
  Twig.extend((core) => {
    for (const id of Object.keys(core.Templates.registry)) {
      if (id.startsWith(SYSTEM_PREFIX)) continue;
      delete core.Templates.registry[id];
      forgotten += 1;
    }
  });
  return forgotten;
}
