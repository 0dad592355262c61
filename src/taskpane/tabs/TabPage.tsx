import { Body1, Caption1Strong, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  plannedTitle: { color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalS },
  description: { color: tokens.colorNeutralForeground2 },
  planned: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
});

interface TabPageProps {
  readonly title: string;
  readonly description: string;
  /** What the tab will offer, listed until it is built. */
  readonly planned?: ReadonlyArray<string>;
  readonly children?: ReactNode;
}

/** The common layout of a tab: heading, what it does, then its controls. */
export function TabPage({ title, description, planned, children }: TabPageProps) {
  const styles = useStyles();
  return (
    <section className={styles.page} aria-label={title}>
      <Subtitle1 as="h2" className={styles.heading}>
        {title}
      </Subtitle1>
      <Body1 className={styles.description}>{description}</Body1>
      {children}
      {planned && planned.length > 0 && <Caption1Strong className={styles.plannedTitle}>Akan tersedia</Caption1Strong>}
      {planned && planned.length > 0 && (
        <ul className={styles.planned}>
          {planned.map((item) => (
            <li key={item}>
              <Body1>{item}</Body1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
