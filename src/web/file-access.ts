/**
 * Opening and saving files in the browser: the File System Access API where the browser has it
 * (Chrome, Edge), an <input type=file> and a download everywhere else (Firefox, Safari, older builds).
 * Nothing is uploaded: the bytes go from the disk into this page's memory and back to the disk.
 */

interface PickerType {
  readonly description: string;
  readonly accept: Record<string, string[]>;
}
interface FileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
  isSameEntry?(other: FileHandle): Promise<boolean>;
}
interface FileAccessWindow {
  showOpenFilePicker?(options: { types: PickerType[]; multiple?: boolean; excludeAcceptAllOption?: boolean }): Promise<FileHandle[]>;
  showSaveFilePicker?(options: { suggestedName: string; types: PickerType[] }): Promise<FileHandle>;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSX_PICKER: PickerType = { description: "Buku kerja Excel", accept: { [XLSX_TYPE]: [".xlsx", ".xlsm"] } };

/** A file the user opened, with its handle when the browser gave one (to warn before overwriting it). */
export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly handle?: FileHandle;
}

function fileAccess(): FileAccessWindow {
  return window as unknown as FileAccessWindow;
}

export function canPickFiles(): boolean {
  return typeof fileAccess().showOpenFilePicker === "function";
}

export function canSaveToChosenPlace(): boolean {
  return typeof fileAccess().showSaveFilePicker === "function";
}

/** Asks for an .xlsx with the browser's own picker; undefined when the user cancels. */
export async function pickWorkbook(): Promise<OpenedFile | undefined> {
  try {
    const [handle] = await fileAccess().showOpenFilePicker!({ types: [XLSX_PICKER] });
    if (!handle) return undefined;
    const file = await handle.getFile();
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), handle };
  } catch (error) {
    if (isCancel(error)) return undefined;
    throw error;
  }
}

export async function readPickedFile(file: File): Promise<OpenedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Hands the bytes to the browser as a download: it goes to the Downloads folder and never replaces a file there. */
export function downloadFile(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has its own copy of the bytes once started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type SaveOutcome = "saved" | "cancelled";

/**
 * Saves where the user chooses. When the chosen file is the one that was opened, the user is asked
 * once more in plain words: the original is replaced only by an explicit choice.
 */
export async function saveToChosenPlace(
  name: string,
  bytes: Uint8Array,
  original: FileHandle | undefined,
  confirmOverwrite: (message: string) => boolean,
): Promise<SaveOutcome> {
  let handle: FileHandle;
  try {
    handle = await fileAccess().showSaveFilePicker!({ suggestedName: name, types: [XLSX_PICKER] });
  } catch (error) {
    if (isCancel(error)) return "cancelled";
    throw error;
  }
  if (original && (await handle.isSameEntry?.(original))) {
    const sure = confirmOverwrite(
      `"${handle.name}" adalah berkas asli yang Anda buka. Menimpanya akan mengganti daftar asli dengan salinan yang sudah ditandai. Tetap timpa berkas asli?`,
    );
    if (!sure) return "cancelled";
  }
  const writable = await handle.createWritable();
  await writable.write(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  await writable.close();
  return "saved";
}

function isCancel(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
