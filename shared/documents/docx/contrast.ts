/**
 * Colour contrast as WCAG 2.1 measures it (1.4.3): the accent colours headings and links, which are text on white,
 * so an accent lighter than 4.5:1 against white is darkened until it reaches it, keeping its hue.
 */

/** The relative luminance of an "RRGGBB" colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** The contrast ratio of two "RRGGBB" colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Normal-size text needs 4.5:1 against its background. */
export const TEXT_CONTRAST = 4.5;

/** The colour, darkened as little as needed to read as text on white ("RRGGBB" in, "RRGGBB" out). */
export function readableOnWhite(hex: string): string {
  let color = hex.toUpperCase();
  for (let factor = 1; contrastRatio(color, 'FFFFFF') < TEXT_CONTRAST && factor > 0; factor -= 0.02) {
    color = [0, 2, 4]
      .map((offset) =>
        Math.round(parseInt(hex.slice(offset, offset + 2), 16) * factor)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
      .toUpperCase();
  }
  return color;
}
