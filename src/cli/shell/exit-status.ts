// Exit statuses with a meaning shared by the shell and its programs.

export const EXIT_STATUS = {
  /** Syntax errors and misuse of a shell builtin. */
  usage: 2,
  /** The program exists but cannot run (a directory, a file without execute permission). */
  cannotExecute: 126,
  /** No such program. */
  notFound: 127,
  /** Ended by Ctrl-C: 128 + SIGINT. */
  interrupted: 130,
} as const;
