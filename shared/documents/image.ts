import type { DocumentImage } from './model';

/** Reads a logo's pixel size from its PNG or JPEG header, so it can be placed without distortion. */

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Uint8Array): [number, number] | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  // The first chunk must be IHDR: width and height are its first two big-endian 32-bit fields.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

function jpegSize(bytes: Uint8Array): [number, number] | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    const length = view.getUint16(offset + 2);
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [view.getUint16(offset + 7), view.getUint16(offset + 5)];
    }
    offset += 2 + length;
  }
  return null;
}

/** The logo as a document image, or null when its data is not a readable PNG or JPEG. */
export function documentImage(logo: {
  mediaType: 'image/png' | 'image/jpeg';
  dataBase64: string;
}): DocumentImage | null {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(logo.dataBase64);
  } catch {
    return null;
  }
  const size = logo.mediaType === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size || size[0] === 0 || size[1] === 0) return null;
  return { mediaType: logo.mediaType, dataBase64: logo.dataBase64, widthPx: size[0], heightPx: size[1] };
}
