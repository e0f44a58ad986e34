// How many articles extractBlock (extract.ts) takes at once. Its own module, so that the callers that
// group articles (the ingest pool in the main thread) need not load the pipeline to know.

/** A block of articles extracted together, at most: past 32 the gain is no larger, and it costs memory held. */
export const BLOCK_DOCS = 32;
/** Article text in a block, at most. */
export const BLOCK_BYTES = 512 * 1024;
