/** One sub-command of the CLI: its name, its Indonesian help, and what it does. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly help: string;
  run(argv: string[]): Promise<number>;
}
