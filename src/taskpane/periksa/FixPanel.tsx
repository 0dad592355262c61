import { Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { cellAddress } from "../../adapters/office/a1";
import type { RawCell } from "../../domain/cell/raw-cell";
import { FIELD_LABELS } from "../../domain/fields";
import { cellsChangedSince, createFixBatch, FIX_BATCH_SETTING, fixWrites, parseFixBatch, proposeFixes, serialiseFixBatch, undoWrites, type CellFix, type FixBatch } from "../../domain/fix";
import { groupThousands } from "../../domain/format/group-thousands";
import { PagedList } from "../components/PagedList";
import { useGateway } from "../gateway-context";
import { useOperation } from "../operation/use-operation";
import { OperationStatus } from "../operation/OperationStatus";
import type { CheckState } from "../session/session-context";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  change: { display: "flex", flexDirection: "column", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  // Spaces kept as typed: "Siti  Aminah → Siti Aminah" must show the double space it removes.
  values: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "pre-wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** "B5 · NIK: 3204 1101 0190 0001 → 3204110101900001". */
export function fixLine(fix: Pick<CellFix, "sheetRow" | "column" | "field" | "shownBefore" | "shownAfter">): string {
  return `${cellAddress(fix.sheetRow, fix.column)} · ${FIELD_LABELS[fix.field]}: ${fix.shownBefore || "(kosong)"} → ${fix.shownAfter}`;
}

function cellAt(grid: CheckState["grid"], row: number, column: number): RawCell {
  return grid.rows[row - grid.firstRow]?.[column - grid.firstColumn] ?? { kind: "empty" };
}

/**
 * "Perbaiki otomatis": the cells with one safe fix, previewed old → new, then written in one batch with
 * an undo record kept in the workbook; "Batalkan perbaikan" writes the old values back exactly (Excel's
 * own undo does not cover an add-in's writes). `onWritten` checks the sheet again afterwards.
 */
export function FixPanel({ check, referenceYear, onWritten }: { readonly check: CheckState; readonly referenceYear: number; readonly onWritten: () => Promise<void> }) {
  const styles = useStyles();
  const gateway = useGateway();
  const operation = useOperation();
  const fixes = useMemo(() => proposeFixes(check.table, check.result.findings, { referenceYear }), [check, referenceYear]);
  const [previewing, setPreviewing] = useState(false);
  const [batch, setBatch] = useState<FixBatch>();
  const [changedByHand, setChangedByHand] = useState<number>();

  useEffect(() => {
    let live = true;
    gateway.readSetting(FIX_BATCH_SETTING).then(
      (stored) => live && setBatch(stored === undefined ? undefined : parseFixBatch(stored)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [gateway]);

  const apply = () =>
    operation.run(async (_signal, report) => {
      report(`Menulis ${groupThousands(fixes.length)} perbaikan…`, 0.3);
      const applied = createFixBatch(check.sheet, fixes, { id: `perbaikan-${Date.now()}`, createdAt: new Date().toISOString() });
      // The undo record first: if the write fails half-way, "Batalkan" can still put every cell back.
      await gateway.writeSetting(FIX_BATCH_SETTING, serialiseFixBatch(applied));
      await gateway.writeCells(check.sheet, fixWrites(fixes));
      setBatch(applied);
      setPreviewing(false);
      await onWritten();
      operation.setOutcome({ intent: "success", text: `${groupThousands(fixes.length)} sel diperbaiki. "Batalkan perbaikan" mengembalikan nilai lamanya.` });
    });

  const undo = (force: boolean) =>
    operation.run(async (_signal, report) => {
      if (!batch) return;
      report("Membaca lembar sebelum mengembalikan…", 0.2);
      const grid = await gateway.readUsedRange(batch.sheet);
      const changed = cellsChangedSince(batch, (row, column) => cellAt(grid, row, column));
      if (changed.length > 0 && !force) {
        setChangedByHand(changed.length);
        return;
      }
      setChangedByHand(undefined);
      report("Mengembalikan nilai lama…", 0.5);
      await gateway.writeCells(batch.sheet, undoWrites(batch));
      await gateway.writeSetting(FIX_BATCH_SETTING, undefined);
      const count = batch.cells.length;
      setBatch(undefined);
      await onWritten();
      operation.setOutcome({ intent: "success", text: `Perbaikan dibatalkan: ${groupThousands(count)} sel kembali seperti semula.` });
    });

  return (
    <section className={styles.box} aria-label="Perbaikan otomatis">
      <div className={styles.actions}>
        <Button disabled={fixes.length === 0 || operation.busy} onClick={() => setPreviewing(true)}>
          {fixes.length === 0 ? "Tidak ada yang bisa diperbaiki otomatis" : `Perbaiki otomatis (${groupThousands(fixes.length)} sel)`}
        </Button>
        {batch && (
          <Button disabled={operation.busy} onClick={() => void undo(false)}>
            {`Batalkan perbaikan (${groupThousands(batch.cells.length)} sel)`}
          </Button>
        )}
      </div>
      {previewing && fixes.length > 0 && (
        <MessageBar intent="info" layout="multiline" aria-label="Pratinjau perbaikan">
          <MessageBarBody>
            <MessageBarTitle>{`${groupThousands(fixes.length)} sel akan diubah`}</MessageBarTitle>
            <Caption1 className={styles.muted}>Periksa dulu: nilai lama → nilai baru. NIK yang digitnya hilang tidak pernah diubah; ketik ulang dari KTP.</Caption1>
            <PagedList
              items={fixes}
              label="Sel yang akan diubah"
              keyOf={(fix) => `${fix.sheetRow}-${fix.column}`}
              render={(fix) => (
                <span className={styles.change}>
                  <Text size={200} className={styles.values}>
                    {fixLine(fix)}
                  </Text>
                  <span className={styles.muted}>{fix.reason}</span>
                </span>
              )}
            />
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={operation.busy} onClick={() => void apply()}>
              {`Terapkan ${groupThousands(fixes.length)} perbaikan`}
            </Button>
            <Button size="small" onClick={() => setPreviewing(false)}>
              Batal
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {changedByHand !== undefined && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{`${groupThousands(changedByHand)} sel sudah Anda ubah sesudah perbaikan. Bila dibatalkan, isian Anda di sel itu ikut diganti nilai lama.`}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void undo(true)}>
              Tetap batalkan
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setChangedByHand(undefined)}>
              Jangan
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <OperationStatus progress={operation.progress} outcome={operation.outcome} onCancel={operation.cancel} />
    </section>
  );
}

