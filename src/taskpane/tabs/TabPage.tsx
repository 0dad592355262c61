import { Body1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  description: { color: tokens.colorNeutralForeground2 },
});

interface TabPageProps {
  readonly title: string;
  readonly description: string;
  readonly children?: ReactNode;
}

/** The common layout of a tab: heading, what it does, then its controls. */
export function TabPage({ title, description, children }: TabPageProps) {
  const styles = useStyles();
  return (
    <section className={styles.page} aria-label={title}>
      <Subtitle1 as="h2" className={styles.heading}>
        {title}
      </Subtitle1>
      <Body1 className={styles.description}>{description}</Body1>
      {children}
    </section>
  );
}
