// A web ReadableStream (what a route handler's Response takes) that pulls from an async
// iterator: the next chunk is produced only when the response has room for it, and a
// cancelled download stops the producer (its `finally` blocks run).

export function iteratorStream(iterator: AsyncIterator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        } catch (error) {
          // Headers are gone already: all that is left is to break the download off.
          console.error(error);
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    // One chunk in hand at a time: a slow reader holds back the producer.
    { highWaterMark: 1 },
  );
}
