/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  // office-addin-mock 4 pulls ESM-only uuid and strip-bom, which jest must transform.
  transformIgnorePatterns: ["/node_modules/(?!(.*/)?(uuid|strip-bom)/)"],
  testTimeout: 30000,
};
