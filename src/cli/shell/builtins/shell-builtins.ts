// Which of our programs bash itself implements, for `type` and `help`.

export const SHELL_BUILTIN_NAMES: ReadonlySet<string> = new Set([
  'cd',
  'echo',
  'export',
  'false',
  'help',
  'history',
  'printf',
  'pwd',
  'true',
  'type',
  'unset',
]);
