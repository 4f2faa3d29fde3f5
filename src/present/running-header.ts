/**
 * The running header's type size: the title (left) and the provider (right) must stay on one line
 * of the A4 page box, whatever the length of the service name. Chromium cannot shrink margin-box
 * text to fit, so the size is worked out here from an estimate of the text's width.
 */

/** The stylesheet's size for the running header (templates/html/style.css `@page`). */
export const HEADER_PT = 7.5;
/** Below this the header is no longer comfortable to read; longer text is clipped by the stylesheet. */
export const MIN_HEADER_PT = 5.5;
/** Width of the A4 page box (210 mm − 2 × 15 mm) less the gap kept between the two boxes. */
const AVAILABLE_MM = 180 - 12;
const MM_PER_PT = 25.4 / 72;

/**
 * Width in em, generously: full-width characters are 1 em, ASCII and half-width kana about 0.62 em
 * in BIZ UDPGothic (capitals are the widest).
 */
export function emWidth(s: string): number {
  let em = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    em += c < 0x7f || (c >= 0xff61 && c <= 0xff9f) ? 0.62 : 1;
  }
  return em;
}

/** `7.5pt`, or smaller so that `left` and `right` fit side by side on one line. */
export function runningHeaderSize(left: string, right: string): string {
  const em = emWidth(left) + emWidth(right);
  const fit = em === 0 ? HEADER_PT : AVAILABLE_MM / em / MM_PER_PT;
  const pt = Math.max(MIN_HEADER_PT, Math.min(HEADER_PT, Math.floor(fit * 10) / 10));
  return `${pt}pt`;
}
