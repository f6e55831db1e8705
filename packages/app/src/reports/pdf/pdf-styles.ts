/** The text styles every report shares: the cover's title block and headings, section tables, notes, the footer. */
import { COLOUR, type TextStyle } from "./pdf-layout";

/** The line above the organisation's name on the cover ("Carbon Credit Report · 2025"). */
export const KICKER: TextStyle = { size: 12, color: COLOUR.accent };
export const NAME: TextStyle = { size: 22, color: COLOUR.text, bold: true };
/** The organisation's name in the other language, under the main one. */
export const OTHER_NAME: TextStyle = { size: 11, color: COLOUR.muted };
/** Cover headings ("Contents", "Key figures") and section titles. */
export const HEADING: TextStyle = { size: 13, color: COLOUR.accent, bold: true };
/** "3. Title (continued)" above a table that runs onto another page. */
export const CONTINUED: TextStyle = { size: 9, color: COLOUR.muted };
export const HEADER: TextStyle = { size: 8.5, color: COLOUR.text, bold: true };
export const CELL: TextStyle = { size: 8.5, color: COLOUR.text };
/** Identifiers (indicator ids, factor ids). */
export const ID: TextStyle = { size: 7.5, color: COLOUR.text };
export const NOTE: TextStyle = { size: 7.5, color: COLOUR.muted };
export const FOOTER: TextStyle = { size: 7.5, color: COLOUR.muted };
