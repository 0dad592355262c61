export { UnusableInputError } from "../adapters/unusable-input-error";
