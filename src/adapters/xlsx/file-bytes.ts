import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { WorkbookReadError } from "./workbook-read-error";

/** The largest file read at all: Node cannot hold more in one buffer, and no village list comes near it. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024 - 1;

/**
 * Opened without blocking (a FIFO named .csv would otherwise wait for a writer for ever) and checked
 * with fstat before anything is read: only a regular file is read, so a pipe or a device (/dev/zero)
 * is refused at once instead of hanging or filling memory.
 */
async function openRegular(path: string): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw readError(error, path);
  }
  try {
    const stat = await handle.stat();
    // Opening a folder succeeds on Linux and macOS; only reading it fails.
    if (stat.isDirectory()) throw new WorkbookReadError("NOT_A_FILE", path);
    if (!stat.isFile()) throw new WorkbookReadError("NOT_REGULAR", path);
    if (stat.size === 0) throw new WorkbookReadError("EMPTY", path);
    if (stat.size > MAX_FILE_BYTES) throw new WorkbookReadError("FILE_TOO_LARGE", path);
    return { handle, size: stat.size };
  } catch (error) {
    await handle.close();
    throw error instanceof WorkbookReadError ? error : readError(error, path);
  }
}

/** Reads a whole file, turning the file system's errors into messages a secretary can act on. */
export async function readFileBytes(path: string): Promise<Buffer> {
  const { handle } = await openRegular(path);
  try {
    const bytes = await handle.readFile();
    if (bytes.length === 0) throw new WorkbookReadError("EMPTY", path);
    return bytes;
  } catch (error) {
    throw error instanceof WorkbookReadError ? error : readError(error, path);
  } finally {
    await handle.close();
  }
}

/**
 * A file opened to be read in pieces (a DTSEN member file runs to several hundred MB: it is never held
 * whole). Opening fails with the same `WorkbookReadError`s as `readFileBytes`: missing, a folder, empty.
 */
export interface OpenedFile {
  readonly path: string;
  readonly size: number;
  /** Fills `into` from `position` on; the number of bytes read, 0 at the end of the file. */
  read(into: Uint8Array, position: number): Promise<number>;
  close(): Promise<void>;
}

export async function openFile(path: string): Promise<OpenedFile> {
  const { handle, size } = await openRegular(path);
  return {
    path,
    size,
    read: async (into, position) => {
      let filled = 0;
      // A read may return fewer bytes than asked for before the end of the file.
      while (filled < into.length) {
        const { bytesRead } = await handle.read(into, filled, into.length - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled;
    },
    close: () => handle.close(),
  };
}

/** The first `length` bytes of a file (fewer when it is shorter), to tell what the file really is. */
export async function readFileHead(path: string, length: number): Promise<Buffer> {
  const file = await openFile(path);
  try {
    const head = Buffer.alloc(Math.min(length, file.size));
    return head.subarray(0, await file.read(head, 0));
  } finally {
    await file.close();
  }
}

/** The file system's error codes a secretary meets (a locked file, no permission, a broken shortcut), in Indonesian. */
const READ_ERRORS: Readonly<Record<string, ConstructorParameters<typeof WorkbookReadError>[0]>> = {
  ENOENT: "NOT_FOUND",
  ENOTDIR: "NOT_FOUND",
  EISDIR: "NOT_A_FILE",
  EACCES: "NO_PERMISSION",
  EPERM: "NO_PERMISSION",
  ELOOP: "LINK_LOOP",
  EBUSY: "BUSY",
  ETXTBSY: "BUSY",
  EMFILE: "BUSY",
  ENFILE: "BUSY",
  EAGAIN: "NOT_REGULAR",
  ENXIO: "NOT_REGULAR",
  EIO: "IO",
  ERR_FS_FILE_TOO_LARGE: "FILE_TOO_LARGE",
};

function readError(error: unknown, path: string): unknown {
  const reason = READ_ERRORS[(error as NodeJS.ErrnoException).code ?? ""];
  return reason ? new WorkbookReadError(reason, path, { cause: error }) : error;
}

// Sniffing is pure (the pane does it too); kept importable from here for the Node callers.
export { sniffContainer, type FileContainer } from "./reader/container";
