/**
 * `/tmpl/controls/pipeline_select/index.twig` behaviour: the title button
 * opens and closes the list (`pipeline-select-wrapper_opened`, amo-emu's
 * class); ticking a stage keeps `is-checked` on the labels (radio: only the
 * picked one) and rewrites the title (the stage, or "N stages"); a
 * pipeline's caption box ticks or clears all of its stages; each change
 * fires `controls:change` on the wrapper. A control drawn without items is
 * filled with the account's pipelines (`GET /api/v4/leads/pipelines`,
 * without the "incoming leads" stage, as widgets build them) on first open.
 */
import { markClosed, markOpen, openUpwardsIfCut } from './popup.js';

const ROOT = '.js-control-pipeline-select';
const OPENED = 'pipeline-select-wrapper_opened';
const TEMPLATE = '/tmpl/controls/pipeline_select/index.twig';
const STAGE_INPUTS = '.pipeline-select__dropdown__item input';
/** amoCRM's status type of the "incoming leads" stage (`type: 1`). */
const INCOMING_TYPE = 1;

function close($root) {
  $root.removeClass(OPENED);
  markClosed($root[0]);
}

function stageText($, input) {
  const $label = $(input).closest('li').find('.pipeline-select__dropdown__item__label');
  return ($label.find('.control-checkbox__text').text() || $label.text()).trim();
}

/** Labels' `is-checked` and the title, from the inputs. */
function refresh($, $root) {
  const $inputs = $root.find(STAGE_INPUTS);
  const $checked = $inputs.filter((_, el) => el.checked);
  $inputs.each((_, el) => $(el).closest('li').find('.pipeline-select__dropdown__item__label').toggleClass('is-checked', el.checked));
  $root.find('.pipeline-select__caption input[type=checkbox]').each((_, box) => {
    const $own = $(box).closest('.pipeline-select').find(STAGE_INPUTS);
    box.checked = $own.length > 0 && $own.filter((_, el) => el.checked).length === $own.length;
    $(box).closest('label').toggleClass('is-checked', box.checked);
  });
  const $title = $root.find('.pipeline-select-wrapper__title').first();
  if (!$checked.length) $title.text($title.attr('data-title-empty') || '');
  else if ($checked.length === 1) $title.text(stageText($, $checked[0]));
  else $title.text(`${$checked.length} stages`);
}

/** Fills an empty control with the account's pipelines. */
async function fillFromAccount($, Twig, $root) {
  const $container = $root.find('.pipeline-select-wrapper__inner__container');
  if ($container.children().length || $root.data('amoEmuFilled')) return;
  $root.data('amoEmuFilled', true);
  const res = await fetch('/api/v4/leads/pipelines', { headers: { Accept: 'application/hal+json' } });
  if (!res.ok) return;
  const body = await res.json();
  const items = ((body._embedded && body._embedded.pipelines) || []).map((p) => ({
    id: p.id,
    name: p.name,
    statuses: ((p._embedded && p._embedded.statuses) || [])
      .filter((s) => s.type !== INCOMING_TYPE)
      .map((s) => ({ id: s.id, name: s.name, color: s.color })),
  }));
  const html = Twig.twig({ ref: TEMPLATE }).render({
    items,
    has_pipelines: true,
    multiple: $root.attr('data-multiple') === 'Y',
    name: $root.attr('data-name') || '',
  });
  $container.replaceWith($('<div></div>').html(html).find('.pipeline-select-wrapper__inner__container'));
}

export function installPipelineSelect($, Twig) {
  $(document).on('click.amoEmuControls', `${ROOT} .pipeline-select-wrapper__title`, function onTitle(e) {
    e.preventDefault();
    const $root = $(this).closest(ROOT);
    if ($root.hasClass(OPENED)) {
      close($root);
      return;
    }
    $root.addClass(OPENED);
    markOpen($root[0], () => close($root));
    const fit = () => openUpwardsIfCut($root.find('.pipeline-select-wrapper__inner')[0], $root[0], 'pipeline-select-wrapper__inner_to-top');
    fit();
    fillFromAccount($, Twig, $root)
      .then(fit)
      .catch((error) => console.warn(`amo-emu: could not load the pipelines for pipeline_select: ${error.message}`));
  });
  $(document).on('change.amoEmuControls', `${ROOT} ${STAGE_INPUTS}`, function onStage(e) {
    const $root = $(this).closest(ROOT);
    refresh($, $root);
    if (e.amoEmuQuiet) return;
    if (this.type === 'radio') close($root);
    $root.trigger('controls:change');
  });
  $(document).on('change.amoEmuControls', `${ROOT} .pipeline-select__caption input[type=checkbox]`, function onPipeline() {
    const $root = $(this).closest(ROOT);
    const on = this.checked;
    $(this)
      .closest('.pipeline-select')
      .find(STAGE_INPUTS)
      .not(':disabled')
      .each((_, el) => {
        if (el.checked !== on) {
          el.checked = on;
          $(el).trigger($.Event('change', { amoEmuQuiet: true }));
        }
      });
    refresh($, $root);
    $root.trigger('controls:change');
  });
}
