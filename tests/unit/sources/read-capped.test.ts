import { describe, expect, it } from 'vitest';
import { readTextCapped } from '../../../lib/sources/read-capped';

/** A response whose body arrives in the given byte chunks. */
function chunked(chunks: Uint8Array[], headers: Record<string, string> = {}): Response {
  let i = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (i < chunks.length) controller.enqueue(chunks[i++]!);
        else controller.close();
      },
    }),
    { headers },
  );
}

describe('readTextCapped', () => {
  it('decodes UTF-8 split across chunks (a character cut in two)', async () => {
    const bytes = new TextEncoder().encode('camera’s – Yeşilgöz');
    const cut = 7; // inside the three bytes of ’
    const r = await readTextCapped(chunked([bytes.slice(0, cut), bytes.slice(cut)]), 1000);
    expect(r).toEqual({ ok: true, text: 'camera’s – Yeşilgöz' });
  });

  it('counts bytes, not characters: exactly the bound passes, one byte more does not', async () => {
    const bytes = new TextEncoder().encode('ö'.repeat(5)); // 10 bytes
    expect(await readTextCapped(chunked([bytes]), 10)).toEqual({ ok: true, text: 'ööööö' });
    expect(await readTextCapped(chunked([bytes]), 9)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses by the declared length before reading anything', async () => {
    let pulled = 0;
    const response = new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(10));
        },
      }),
      { headers: { 'content-length': '100000' } },
    );
    expect(await readTextCapped(response, 1000)).toEqual({ ok: false, reason: 'too-large' });
    expect(pulled).toBeLessThanOrEqual(1); // at most the stream's own first pull
  });
});
