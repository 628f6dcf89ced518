// A shared scenario's data, as a link carries it.

export interface Scenario {
  readonly seed: number;
  readonly profile?: string;
  /** Files of the student's workstation that differ from the profile's, by absolute path. */
  readonly files: Readonly<Record<string, string>>;
  readonly lines: readonly string[];
}
