/**
 * functions.json as custom-functions-metadata generates it from the JSDoc in src/functions: a change to
 * a formula's name, parameters or help text shows up here and must be accepted with `jest -u`.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

it("functions.json matches the snapshot", async () => {
  const result = await generateCustomFunctionsMetadata([path.resolve(__dirname, "../../src/functions/functions.ts")], true);
  expect(result.errors).toEqual([]);
  expect(JSON.parse(result.metadataJson)).toMatchSnapshot();
});
