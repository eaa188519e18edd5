/**
 * `/tmpl/controls/date_field.twig` behaviour: a click on the input or the
 * calendar icon opens amo-emu's own month calendar under the field (not
 * the browser's native picker, which a page cannot style or test); a click
 * on a day writes it as `DD.MM.YYYY` into `input.date_field` (dropping the
 * `empty` class) and fires `change` and `controls:change` on it. For
 * `type: 'range'` the first click is the start and the second the end: the
 * input shows `DD.MM.YYYY - DD.MM.YYYY` and the hidden
 * `.date_field__range_0/1` inputs get the two dates. Typing stays possible.
 * The calendar's markup and classes (`amo-emu-datepicker*`) are amo-emu's.
 */
import { markClosed, markOpen, openUpwardsIfCut } from './popup.js';

const ROOT = '.date_field_wrapper';
const PICKER = 'amo-emu-datepicker';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** amoCRM's calendars start the week on Monday. */
const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
/** The separator of the two dates of a range, as the template splits it. */
const RANGE_SEPARATOR = ' - ';

const pad = (n) => String(n).padStart(2, '0');
const format = (d) => `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;

/** `DD.MM.YYYY` → Date, or null. */
function parse(text) {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(String(text || '').trim());
  if (!m) return null;
  const d = new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  return d.getMonth() === Number(m[2]) - 1 ? d : null;
}

function close($root) {
  $root.children(`.${PICKER}`).remove();
  $root.removeData('amoEmuRangeStart');
  markClosed($root[0]);
}

/** Draws the month of `shown` into the open calendar. */
function draw($, $root, shown) {
  const $picker = $root.children(`.${PICKER}`);
  const value = String($root.find('input.date_field').val() || '');
  const marked = new Set(value.split(RANGE_SEPARATOR).map((s) => s.trim()));
  const today = format(new Date());
  const first = new Date(shown.getFullYear(), shown.getMonth(), 1);
  const lead = (first.getDay() + 6) % 7;
  const days = new Date(shown.getFullYear(), shown.getMonth() + 1, 0).getDate();
  const $grid = $('<div class="amo-emu-datepicker__grid"></div>');
  WEEKDAYS.forEach((w) => $grid.append($('<span class="amo-emu-datepicker__weekday"></span>').text(w)));
  for (let i = 0; i < lead; i += 1) $grid.append('<span></span>');
  for (let day = 1; day <= days; day += 1) {
    const date = format(new Date(shown.getFullYear(), shown.getMonth(), day));
    const $day = $('<button type="button" class="amo-emu-datepicker__day"></button>').text(day).attr('data-date', date);
    $day.toggleClass('amo-emu-datepicker__day_today', date === today).toggleClass('amo-emu-datepicker__day_selected', marked.has(date));
    $grid.append($day);
  }
  $picker
    .empty()
    .data('shown', shown)
    .append(
      $('<div class="amo-emu-datepicker__head"></div>').append(
        '<button type="button" class="amo-emu-datepicker__prev" aria-label="Previous month">‹</button>',
        $('<span class="amo-emu-datepicker__title"></span>').text(`${MONTHS[shown.getMonth()]} ${shown.getFullYear()}`),
        '<button type="button" class="amo-emu-datepicker__next" aria-label="Next month">›</button>',
      ),
      $grid,
    );
}

function open($, $root) {
  const $input = $root.find('input.date_field').first();
  if ($input.prop('disabled') || $input.prop('readonly') || $root.children(`.${PICKER}`).length) return;
  const start = parse(String($input.val() || '').split(RANGE_SEPARATOR)[0]) || new Date();
  $root.append($(`<div class="${PICKER}" role="dialog" aria-label="Calendar"></div>`));
  draw($, $root, new Date(start.getFullYear(), start.getMonth(), 1));
  openUpwardsIfCut($root.children(`.${PICKER}`)[0], $root[0], `${PICKER}_to-top`);
  markOpen($root[0], () => close($root));
}

function write($input, value) {
  $input.val(value).toggleClass('empty', !value);
  $input.trigger('change').trigger('controls:change');
}

function pickDay($, $root, date) {
  const $input = $root.find('input.date_field').first();
  if (!$input.hasClass('range')) {
    close($root);
    write($input, date);
    return;
  }
  const from = $root.data('amoEmuRangeStart');
  if (!from) {
    $root.data('amoEmuRangeStart', date);
    $input.val(`${date}${RANGE_SEPARATOR}`);
    $root.find(`.${PICKER} [data-date="${date}"]`).addClass('amo-emu-datepicker__day_selected');
    return;
  }
  const [a, b] = parse(from) <= parse(date) ? [from, date] : [date, from];
  close($root);
  $root.find('.date_field__range_0').val(a).trigger('change');
  $root.find('.date_field__range_1').val(b).trigger('change');
  write($input, `${a}${RANGE_SEPARATOR}${b}`);
}

export function installDateField($) {
  $(document).on('click.amoEmuControls', `${ROOT} input.date_field, ${ROOT} .date_field_wrapper--calendar`, function onOpen() {
    open($, $(this).closest(ROOT));
  });
  $(document).on('click.amoEmuControls', `.${PICKER} .amo-emu-datepicker__prev, .${PICKER} .amo-emu-datepicker__next`, function onMonth(e) {
    e.preventDefault();
    const $root = $(this).closest(ROOT);
    const shown = $root.children(`.${PICKER}`).data('shown');
    const step = $(this).hasClass('amo-emu-datepicker__next') ? 1 : -1;
    draw($, $root, new Date(shown.getFullYear(), shown.getMonth() + step, 1));
  });
  $(document).on('click.amoEmuControls', `.${PICKER} .amo-emu-datepicker__day`, function onDay(e) {
    e.preventDefault();
    pickDay($, $(this).closest(ROOT), this.getAttribute('data-date'));
  });
}
