// Reads a text file line by line from a stream, so a batch of any size needs only one line in memory.
// The checks match decode() in files.ts (binary, empty, a leading BOM, lenient UTF-8) and lines are
// split on '\n' exactly as parseBatch splits a whole text, so streaming changes nothing but memory.
import { createReadStream } from 'node:fs';
import { ReadoutError, badInput } from '../errors.js';

/** How much of the head decode() looks at for a NUL byte. */
const HEAD = 8192;

function cannotRead(file: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException).code;
  return badInput(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
}

/** Yields [1-based line number, line] for every line of the file, blank ones included. */
export async function* readLines(file: string): AsyncGenerator<[number, string]> {
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  const decoder = new TextDecoder('utf-8');
  let head: Buffer[] = [];
  let headBytes = 0;
  let started = false;
  let pending = '';
  let line = 0;
  let content = false;

  function* take(text: string, last: boolean): Generator<[number, string]> {
    if (!started) {
      started = true;
      // A second BOM after the one the decoder consumes, as decode() strips it too.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    pending += text;
    let at = 0;
    for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', at)) {
      const raw = pending.slice(at, nl);
      if (!content && raw.trim()) content = true;
      yield [++line, raw];
      at = nl + 1;
    }
    pending = pending.slice(at);
    if (last) {
      if (!content && pending.trim()) content = true;
      if (!content) throw badInput(`${file}: empty file`);
      yield [++line, pending];
    }
  }

  function checkHead(): void {
    if (Buffer.concat(head).subarray(0, HEAD).includes(0)) throw badInput(`${file}: binary file, not text`);
  }

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (head.length || headBytes < HEAD) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes < HEAD) continue;
        checkHead();
        const buffered = Buffer.concat(head);
        head = [];
        yield* take(decoder.decode(buffered, { stream: true }), false);
        continue;
      }
      yield* take(decoder.decode(chunk, { stream: true }), false);
    }
  } catch (err) {
    if (err instanceof ReadoutError) throw err;
    throw cannotRead(file, err);
  } finally {
    stream.destroy();
  }
  if (head.length) checkHead();
  if (!headBytes) throw badInput(`${file}: empty file`);
  yield* take(decoder.decode(head.length ? Buffer.concat(head) : undefined), true);
}
