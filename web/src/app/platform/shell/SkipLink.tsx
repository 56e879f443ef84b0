import { sv } from '../i18n/sv';
import classes from './shell.module.css';

export const MAIN_ID = 'innehall';

/** The first thing Tab reaches: moves focus past the header and menu to the page's content. */
export function SkipLink() {
  return (
    <a
      className={classes.skipLink}
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {sv.app.skipLink}
    </a>
  );
}
