/**
 * How wide text is in the pictures' font (pictureFont.ts), and where to break it: the one model
 * both pictures (the preview images and the 一图读懂 summary) lay out their text with. Pure: the
 * widths are estimates in em, close to the font's own advance widths, so the SVG can be written
 * without reading the font.
 */

/**
 * Width of a character in em. Measured in Noto Sans CJK SC Bold: Chinese characters, full-width
 * forms and Chinese punctuation (including · — “ ” …, which this font draws full width) are 1 em;
 * digits 0.59; Latin letters 0.30–0.96, 0.62 on average; the space 0.23.
 */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp === 0x20) return 0.3;
  if (cp < 0x100 && cp !== 0xb7) return 0.6;
  return 1;
}

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/**
 * Breaks text into lines at most `maxEm` wide: Chinese breaks between any two characters, but a
 * run of Latin letters and digits (2027, 84.50%) stays whole. With `maxLines`, at most that many
 * lines, the last one ending in … if the text does not fit.
 */
export function wrapText(text: string, maxEm: number, maxLines = Infinity): string[] {
  const tokens = text.match(/[A-Za-z0-9.%]+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const [i, t] of tokens.entries()) {
    if (line && textWidth(line + t) > maxEm) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) {
        // Text left over: end the last line with an ellipsis that fits.
        if (tokens.slice(i).join('').trim() === '') return lines;
        let last = lines[maxLines - 1]!;
        while (last && textWidth(`${last}…`) > maxEm) last = [...last].slice(0, -1).join('');
        lines[maxLines - 1] = `${last}…`;
        return lines;
      }
    }
    // No line starts with a space.
    if (line !== '' || t !== ' ') line += t;
  }
  if (line) lines.push(line);
  return lines;
}
