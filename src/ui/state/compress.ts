/**
 * Text ⇄ URL-safe compressed text: deflate-raw (CompressionStream, in every current browser and in
 * Node ≥ 18) and base64url without padding. Keeps links with several scenarios and chosen buurten
 * short enough for e-mail and chat, where links over ~2,000 characters tend to break.
 */

export async function deflateToBase64url(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return toBase64url(bytes);
}

/** Throws on anything that is not our encoding (bad base64url or a broken deflate stream). */
export async function inflateFromBase64url(encoded: string): Promise<string> {
  const bytes = fromBase64url(encoded);
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
