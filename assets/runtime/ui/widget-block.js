/**
 * The standard widget block of the right-hand widgets column
 * (`#widgets_block`), which `render_template` fills (docs/platform.md §5.1): a caption
 * with the widget's logos and the class the widget passed
 * (`caption.class_name`), then the body it drew. The caption collapses and
 * expands the block, as amoCRM's does. Class names are the ones widgets
 * query (docs/real-widget-usage.md §7): `.card-widgets__widget-<code>`,
 * `.card-widgets__widget__caption__logo(_min)`; `data-widget-code` marks
 * whose block it is.
 */

/**
 * Puts `body` into the widget's block in `#widgets_block`, creating the
 * block on first use. A second `render_template` replaces the body rather
 * than stacking a second block: the column has one block per widget.
 */
export function placeBlock($, { code, logoMedium, logoMin }, { caption, body }) {
  const $column = $('#widgets_block');
  if (!$column.length) return null;
  let $block = $column.children(`[data-widget-code="${code}"]`);
  if (!$block.length) {
    $block = $('<div class="card-widgets__widget"></div>').addClass(`card-widgets__widget-${code}`).attr('data-widget-code', code);
    const $caption = $('<div class="card-widgets__widget__caption" role="button" tabindex="0"></div>')
      .append($('<img class="card-widgets__widget__caption__logo" alt="">').attr('src', logoMedium))
      .append($('<img class="card-widgets__widget__caption__logo_min" alt="">').attr('src', logoMin))
      .append('<span class="card-widgets__widget__caption__toggle">▾</span>');
    $caption.on('click keydown', (event) => {
      if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ') return;
      $block.toggleClass('card-widgets__widget_collapsed');
    });
    $block.append($caption).append('<div class="card-widgets__widget__body"></div>');
    $column.append($block);
  }
  const $caption = $block.children('.card-widgets__widget__caption');
  $caption.attr('class', 'card-widgets__widget__caption');
  if (caption && caption.class_name) $caption.addClass(caption.class_name);
  $block.children('.card-widgets__widget__body').html(body);
  return $block;
}
