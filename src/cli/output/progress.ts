import { formatAngka } from "../../domain/format";

/**
 * A one-line progress indicator on stderr for large files, shown only on a terminal so that
 * JSON output, pipes and tests stay clean.
 */
export class Progress {
  private readonly enabled: boolean;
  private lastDraw = 0;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = Boolean(stream.isTTY);
  }

  say(text: string): void {
    if (!this.enabled) return;
    this.stream.write(`\r\u001b[2K${text}`);
  }

  /** "Memeriksa 1.200/100.000 baris (1%)"; `unit` is what is counted. */
  count(label: string, done: number, total: number, unit = "baris"): void {
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < total) return;
    this.lastDraw = now;
    this.say(`${label} ${formatAngka(done)}/${formatAngka(total)} ${unit} (${Math.floor((done / Math.max(total, 1)) * 100)}%)`);
  }

  done(): void {
    if (this.enabled) this.stream.write("\r\u001b[2K");
  }
}
