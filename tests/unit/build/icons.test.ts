import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The icons are generated from build/icon.svg by `npm run icons` and committed; packaging uses them as
// they are. These tests check that each file is what its name says and what electron-builder needs.

const ROOT = path.resolve(__dirname, '..', '..', '..');
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const read = (file: string): Buffer => readFileSync(path.join(ROOT, file));

/** Width, height, bit depth and colour type from a PNG's IHDR chunk (which must come first). */
function pngHeader(data: Buffer): { width: number; height: number; bitDepth: number; colourType: number } {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(data.readUInt32BE(8)).toBe(13);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  return {
    width: data.readUInt32BE(16),
    height: data.readUInt32BE(20),
    bitDepth: data[24]!,
    colourType: data[25]!,
  };
}

/**
 * electron-builder.yml is read by hand: no YAML parser is a direct dependency (js-yaml is only there
 * through electron-builder and ESLint), and the file is plain block style. `block` is the indented text
 * under a top-level `top:` line, up to the next top-level key; `scalar` is a `  key: value` line in it.
 */
function builderBlock(yaml: string, top: string): string[] {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`${top}:`);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && /^\S/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

function builderScalar(yaml: string, top: string, key: string): string | undefined {
  for (const line of builderBlock(yaml, top)) {
    const match = line.match(new RegExp(`^ {2}${key}:\\s*(.*?)\\s*(?:#.*)?$`));
    if (match) return match[1]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return undefined;
}

describe('app icons', () => {
  it('has the 1024 px master PNG with an alpha channel', () => {
    expect(pngHeader(read('build/icon.png'))).toEqual({
      width: 1024,
      height: 1024,
      bitDepth: 8,
      colourType: 6,
    });
  });

  it.each(LINUX_SIZES)('has the Linux %i px PNG at its size', (size) => {
    const header = pngHeader(read(`build/icons/${size}x${size}.png`));
    expect([header.width, header.height]).toEqual([size, size]);
    expect(header.colourType).toBe(6); // RGBA: the rounded tile needs transparent corners
  });

  it('names every PNG in build/icons by its real size, as electron-builder reads the size from the name', () => {
    const files = readdirSync(path.join(ROOT, 'build/icons'));
    expect(files.sort()).toEqual(LINUX_SIZES.map((size) => `${size}x${size}.png`).sort());
    for (const file of files) {
      const [, width, height] = file.match(/^(\d+)x(\d+)\.png$/)!;
      const header = pngHeader(read(`build/icons/${file}`));
      expect([header.width, header.height]).toEqual([Number(width), Number(height)]);
    }
  });

  it('has a Windows ICO with several sizes up to 256 px, each image inside the file', () => {
    const ico = read('build/icon.ico');
    expect(ico.readUInt16LE(0)).toBe(0); // reserved
    expect(ico.readUInt16LE(2)).toBe(1); // 1 = icon (2 would be a cursor)
    const count = ico.readUInt16LE(4);
    expect(count).toBeGreaterThanOrEqual(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      // A width or height byte of 0 means 256.
      const width = ico[entry]! || 256;
      const height = ico[entry + 1]! || 256;
      expect(height).toBe(width);
      const bytes = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(offset + bytes).toBeLessThanOrEqual(ico.length);
      const image = ico.subarray(offset, offset + bytes);
      if (image.subarray(0, 8).equals(PNG_SIGNATURE)) {
        const header = pngHeader(image);
        expect([header.width, header.height]).toEqual([width, height]);
      } else {
        // A BMP (DIB) image: BITMAPINFOHEADER, its height doubled for the AND mask.
        expect(image.readUInt32LE(0)).toBe(40);
        expect([image.readInt32LE(4), image.readInt32LE(8)]).toEqual([width, 2 * height]);
      }
      sizes.push(width);
    }
    expect(sizes).toContain(256); // electron-builder refuses a Windows icon below 256 px
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48]));
  });

  it('has a macOS ICNS whose length matches the file and whose chunks fill it exactly', () => {
    const icns = read('build/icon.icns');
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    let offset = 8;
    while (offset < icns.length) {
      const length = icns.readUInt32BE(offset + 4);
      expect(length).toBeGreaterThan(8);
      types.push(icns.toString('latin1', offset, offset + 4));
      offset += length;
    }
    expect(offset).toBe(icns.length);
    // 512 px and 512 px @2x (1024): electron-builder wants at least 512 px for macOS.
    expect(types).toEqual(expect.arrayContaining(['ic09', 'ic10']));
  });
});

describe('electron-builder.yml', () => {
  const yaml = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');

  it('points each platform at the generated icons', () => {
    expect(builderScalar(yaml, 'win', 'icon')).toBe('build/icon.ico');
    expect(builderScalar(yaml, 'mac', 'icon')).toBe('build/icon.icns');
    expect(builderScalar(yaml, 'linux', 'icon')).toBe('build/icons');
    expect(statSync(path.join(ROOT, 'build/icons')).isDirectory()).toBe(true);
  });

  it('refers only to icon files that exist', () => {
    const iconPaths = [...yaml.matchAll(/^\s*(?:-\s*)?icon:\s*['"]?([^'"#\s]+)/gm)].map((match) => match[1]!);
    expect(iconPaths.length).toBeGreaterThanOrEqual(3);
    for (const iconPath of iconPaths) {
      // electron-builder looks in the build resources folder first, then in the project folder.
      const candidates = [path.join(ROOT, 'build', iconPath), path.join(ROOT, iconPath)];
      expect(
        candidates.some((candidate) => existsSync(candidate)),
        `${iconPath} exists`,
      ).toBe(true);
    }
  });

  it('gives the project file association a MIME type, which the .deb registers', () => {
    const associations = builderBlock(yaml, 'fileAssociations').join('\n');
    expect(associations).toMatch(/^\s+- ext: kartotek$/m);
    expect(associations).toMatch(/^\s+mimeType: application\/x-kartotek\+json$/m);
  });
});
