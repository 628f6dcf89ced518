// Shell variable names, as `export` and `unset` check them.

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isValidName(name: string): boolean {
  return NAME.test(name);
}
