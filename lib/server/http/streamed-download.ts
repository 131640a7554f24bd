// A download streamed from an async generator of text chunks, so a million rows never sit in memory at once.

/**
 * Reads the first `headChunks` chunks before answering, so that a database that fails at once becomes an error
 * (thrown here, a 500 or the caller's choice) rather than a stream cut short after a 200; the rest is pulled as the
 * client reads.
 */
export async function streamedDownload(chunks: AsyncGenerator<string>, headers: HeadersInit, headChunks = 2): Promise<Response> {
  const head: string[] = [];
  for (let index = 0; index < headChunks; index++) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head.join("")));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(stream, { headers });
}
