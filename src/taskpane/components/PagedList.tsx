import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { groupThousands } from "../../domain/format/group-thousands";

/** Items shown at once: a 10,000-row list stays as quick as a short one. */
export const ROWS_PER_PAGE = 20;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  pager: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * A list shown a page at a time with "Sebelumnya"/"Berikutnya", as the findings and the DTKS workers are.
 * `showIndex` turns to the page holding that item (the stepper's current finding).
 */
export function PagedList<T>({
  items,
  keyOf,
  render,
  label,
  showIndex,
}: {
  readonly items: ReadonlyArray<T>;
  readonly keyOf: (item: T, index: number) => string | number;
  readonly render: (item: T) => ReactNode;
  readonly label: string;
  readonly showIndex?: number;
}) {
  const styles = useStyles();
  const [page, setPage] = useState(0);
  useEffect(() => setPage(0), [items]);
  useEffect(() => {
    if (showIndex !== undefined && showIndex >= 0) setPage(Math.floor(showIndex / ROWS_PER_PAGE));
  }, [showIndex]);
  const pages = Math.max(1, Math.ceil(items.length / ROWS_PER_PAGE));
  const shown = items.slice(page * ROWS_PER_PAGE, (page + 1) * ROWS_PER_PAGE);
  return (
    <>
      <ul className={styles.list} aria-label={label}>
        {shown.map((item, i) => (
          <li key={keyOf(item, page * ROWS_PER_PAGE + i)}>{render(item)}</li>
        ))}
      </ul>
      {pages > 1 && (
        <div className={styles.pager}>
          <Button size="small" disabled={page === 0} onClick={() => setPage(page - 1)} aria-label="Halaman sebelumnya">
            Sebelumnya
          </Button>
          <Caption1 className={styles.muted}>
            {`${groupThousands(page * ROWS_PER_PAGE + 1)}–${groupThousands(page * ROWS_PER_PAGE + shown.length)} dari ${groupThousands(items.length)}`}
          </Caption1>
          <Button size="small" disabled={page >= pages - 1} onClick={() => setPage(page + 1)} aria-label="Halaman berikutnya">
            Berikutnya
          </Button>
        </div>
      )}
    </>
  );
}
