export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`pekerja-rentan ${argv.join(" ")}\n`);
  return 0;
}
