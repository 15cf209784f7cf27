// Renders the app icon build/icon.svg into every file the installers use (see electron-builder.yml):
//   build/icon.png              1024 × 1024, the master bitmap
//   build/icon.ico              Windows (16–256 px; small sizes as bitmaps, as for an .exe)
//   build/icon.icns             macOS (16 px to 512 px @2x)
//   build/icons/<n>x<n>.png     Linux icon set (16, 32, 48, 64, 128, 256, 512)
// The outputs are committed, so packaging never needs this script: run `npm run icons` after changing
// the SVG and commit the results.
// resvg renders every Linux size straight from the vector, so the small ones stay sharp; png2icons
// scales the 1024 px bitmap for the .ico and .icns. Both are pure dev dependencies, no system tools.
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import png2icons from 'png2icons';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = path.join(root, 'build/icon.svg');
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];

const svg = await readFile(source, 'utf8');

/** The SVG as a PNG of size × size pixels. */
function render(size) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    background: 'rgba(0, 0, 0, 0)',
    font: { loadSystemFonts: false }, // the icon draws shapes only; no font may change the result
  });
  return resvg.render().asPng();
}

function required(buffer, what) {
  if (!buffer) throw new Error(`png2icons could not create ${what}`);
  return buffer;
}

const master = render(1024);
/** Output path (relative to the repository) → contents. */
const outputs = new Map([
  ['build/icon.png', master],
  // forWinExe: PNG chunks from 64 px up, bitmaps below, which every Windows shows correctly.
  ['build/icon.ico', required(png2icons.createICO(master, png2icons.BICUBIC, 0, false, true), 'icon.ico')],
  ['build/icon.icns', required(png2icons.createICNS(master, png2icons.BICUBIC, 0), 'icon.icns')],
  ...LINUX_SIZES.map((size) => [`build/icons/${size}x${size}.png`, render(size)]),
]);

await mkdir(path.join(root, 'build/icons'), { recursive: true });
for (const [file, contents] of outputs) {
  await writeFile(path.join(root, file), contents);
  console.log(`wrote ${file} (${Math.max(1, Math.round(contents.length / 1024))} KiB)`);
}
