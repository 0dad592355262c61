import fc from "fast-check";
import { DTKS_FIELD_SYNONYMS } from "../../../src/domain/dtks/dtks-record";
import { FIELD_NAMES, FIELD_SYNONYMS } from "../../../src/domain/fields";
import { headerMatcher, stripHeaderNotes } from "../../../src/domain/table/header-match";
import { plainMatcher, plainStripNotes } from "./plain-header-search";

/**
 * The matcher looks each text up by the synonyms' first letters and skips what cannot change its answer (a
 * text without notes, without a short synonym at its start). Held here to the plain search it replaced: every
 * synonym searched for in every text, every word split, for any text and any synonyms.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 12);

/** Pieces headers and cells are made of: synonyms, parts of them, notes, separators, accents, names, numbers. */
function textFrom(pieces: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...pieces),
    fc.constantFrom(...pieces).map((p) => p.toUpperCase()),
    fc.constantFrom(...pieces).chain((p) => fc.nat(p.length).map((cut) => p.slice(0, cut))),
    fc.constantFrom(" ", "  ", ".", "/", "-", "_", "\n", "\t", "\u00a0", "(", ")", "[", "]", "*", "(wajib)", "[L/P]", "é", "É", "ﬁ", "²"),
    fc.constantFrom("Siti Aminah", "Dusun Krajan", "6104011205900001", "12-05-1990", "0812 3456 7890", "RT 003", "Pontianak"),
    fc.string({ maxLength: 6 }),
  );
  return fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
}

describe("the header matcher's look-ups agree with searching every synonym", () => {
  const fieldPieces = FIELD_NAMES.flatMap((field) => FIELD_SYNONYMS[field]);

  it("on the worker fields", () => {
    const matcher = headerMatcher(FIELD_SYNONYMS);
    const plain = plainMatcher(FIELD_SYNONYMS);
    fc.assert(
      fc.property(textFrom(fieldPieces), (header) => {
        expect(matcher.match(header)).toEqual(plain(header));
      }),
      { numRuns: RUNS * 4, seed: SEED },
    );
  });

  it("on the DTKS extract's fields", () => {
    const matcher = headerMatcher(DTKS_FIELD_SYNONYMS);
    const plain = plainMatcher(DTKS_FIELD_SYNONYMS);
    const pieces = Object.values<readonly string[]>(DTKS_FIELD_SYNONYMS).flat();
    fc.assert(
      fc.property(textFrom(pieces), (header) => {
        expect(matcher.match(header)).toEqual(plain(header));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("on made-up synonyms sharing letters, prefixes and whole keys between fields (ties, short words, digits)", () => {
    // Digits too: a synonym without letters ("17") turns off the shortcut for texts without letters.
    const word = fc.stringMatching(/^[abc1]{1,6}$/);
    const synonyms = fc.record({ x: fc.array(word, { maxLength: 5 }), y: fc.array(word, { maxLength: 5 }), z: fc.array(word, { maxLength: 3 }) });
    fc.assert(
      fc.property(
        synonyms.chain((map) => fc.tuple(fc.constant(map), fc.array(textFrom(["a", "b", "c", "ab", "abc", "ca", "1", "11", "-", ...map.x, ...map.y, ...map.z]), { minLength: 1, maxLength: 10 }))),
        ([map, headers]) => {
          const matcher = headerMatcher(map);
          const plain = plainMatcher(map);
          for (const header of headers) expect([header, matcher.match(header)]).toEqual([header, plain(header)]);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("stripping notes gives what the regular expressions alone give", () => {
    fc.assert(
      fc.property(textFrom(fieldPieces), (header) => {
        expect(stripHeaderNotes(header)).toBe(plainStripNotes(header));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
