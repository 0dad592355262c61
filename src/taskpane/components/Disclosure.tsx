import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  // Full width at 320 px, and the header wraps instead of pushing the chevron out of the pane.
  header: { "& .fui-AccordionHeader__button": { paddingLeft: 0, paddingRight: 0, minHeight: "32px" } },
  headerText: { overflowWrap: "anywhere", textAlign: "start" },
  panel: { marginLeft: 0, marginRight: 0, paddingBottom: tokens.spacingVerticalS },
});

/**
 * The pane's one disclosure widget: a header that opens a panel below it (mapping, Ringkasan, each
 * group of findings). `open`/`onToggle` make it controlled, e.g. a link that opens one group.
 */
export function Disclosure({
  title,
  children,
  defaultOpen = false,
  open,
  onToggle,
}: {
  readonly title: ReactNode;
  readonly children: ReactNode;
  readonly defaultOpen?: boolean;
  readonly open?: boolean;
  readonly onToggle?: (open: boolean) => void;
}) {
  const styles = useStyles();
  const controlled = open === undefined ? {} : { openItems: open ? ["isi"] : [] };
  return (
    <Accordion
      collapsible
      defaultOpenItems={defaultOpen ? ["isi"] : []}
      {...controlled}
      onToggle={(_, data) => onToggle?.(data.openItems.includes("isi"))}
    >
      <AccordionItem value="isi">
        <AccordionHeader size="small" className={styles.header}>
          <span className={styles.headerText}>{title}</span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
