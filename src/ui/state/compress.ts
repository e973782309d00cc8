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

/**
 * Throws on anything that is not our encoding (bad base64url or a broken deflate stream), and on
 * text longer than `maxChars` once inflated: a few kB of link can inflate to gigabytes.
 */
export async function inflateFromBase64url(encoded: string, maxChars = Infinity): Promise<string> {
  const bytes = fromBase64url(encoded);
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxChars * 3) {
      await reader.cancel();
      throw new Error('inflated text too long');
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
  if (text.length > maxChars) throw new Error('inflated text too long');
  return text;
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
