/** How emphasis is shown; the CLI passes ANSI colours on a terminal and plain text elsewhere. */
export interface TextStyle {
  readonly heading: (text: string) => string;
  readonly good: (text: string) => string;
  readonly warn: (text: string) => string;
  readonly danger: (text: string) => string;
  readonly muted: (text: string) => string;
}

/** No emphasis at all: for pipes, files and --no-color. */
export const PLAIN_STYLE: TextStyle = {
  heading: (t) => t,
  good: (t) => t,
  warn: (t) => t,
  danger: (t) => t,
  muted: (t) => t,
};

const ansi = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;

/** Bold headings, green recommendations, yellow notices, red warnings, dim sources. */
export const ANSI_STYLE: TextStyle = {
  heading: ansi("1"),
  good: ansi("1;32"),
  warn: ansi("33"),
  danger: ansi("1;31"),
  muted: ansi("2"),
};
