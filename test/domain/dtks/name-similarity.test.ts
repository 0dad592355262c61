import fc from "fast-check";
import { mayBeSameName, nameInitials, nameSimilarity, nameTokens, tokenInitials } from "../../../src/domain/dtks/name-similarity";

describe("comparing names with DTKS", () => {
  it.each([
    ["Budi Santoso", "BUDI SANTOSO"],
    ["H. Ahmad Fauzi", "AHMAD FAUZI"],
    ["Siti Aminah, S.Pd.", "SITI AMINAH"],
    ["M. Yusuf", "MUHAMMAD YUSUF"],
    ["Moh. Rizal", "MUHAMMAD RIZAL"],
    ["Suparman S", "SUPARMAN"],
    ["Suparman S.", "SUPARMAN"],
    ["Nur Halizah", "NURHALIZAH"],
    ["Hj. Rohani", "ROHANI"],
  ])("%s is the same person as %s", (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ["Budi Santoso", "Slamet Riyadi"],
    ["Siti Aminah", "Siti Fatimah"],
    ["Ahmad", "Rahmat Hidayat"],
  ])("%s is not %s", (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(0.8);
  });
});

describe("the initials of a name", () => {
  it("hold the first letter of every token, so names whose initials differ never pass mayBeSameName", () => {
    const word = fc.constantFrom("siti", "AMINAH", "Muh.", "moh", "Abd", "S.Pd.", "H.", "ÉLISE", "Ñandu", "nur", "x", "s", "2", "o'neil", ",", "-", " ");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.array(word, { maxLength: 6 }), (a, b) => {
        const name = a.join(" ");
        const initials = nameInitials(name);
        expect(tokenInitials(nameTokens(name)) & ~initials).toBe(0);
        const other = nameTokens(b.join(" "));
        if ((tokenInitials(other) & initials) === 0) expect(mayBeSameName(nameTokens(name), other)).toBe(false);
      }),
    );
  });
});
