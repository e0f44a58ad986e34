// Types of fuzz-inputs.js (plain JavaScript so bench/fuzz-extract.js can run it without a compiler).
import type { Arbitrary } from 'fast-check';

export declare const anyString: Arbitrary<string>;
export declare const newsLike: Arbitrary<string>;
export declare const exchangeSentence: Arbitrary<string>;
export declare const anyText: Arbitrary<string>;
export declare const published: Arbitrary<string | null>;
export declare const anyBytes: Arbitrary<Uint8Array>;
export declare const anyHtml: Arbitrary<string>;
export declare const anyJsonlLine: Arbitrary<string>;
export declare const anyBatch: Arbitrary<string>;

export interface SchemaCheck {
  (value: unknown): boolean;
  errors?: unknown;
}
export declare function eventProblems(
  text: string,
  events: ReadonlyArray<{ evidence?: ReadonlyArray<{ start: number; end: number; text: string }> }>,
  validate: SchemaCheck,
): string[];
