// A shared scenario: a seed, a profile, the student's files and the command lines to replay — small
// enough for a link. Loading one replays the lines headlessly (each to its end, as a script would)
// from the profile's fresh cluster, so everyone who opens the link gets the same cluster.

import { isPlainObject } from '../../engine/index.ts';
import { createWorkstation } from '../../cli/workstation.ts';
import type { HostSnapshot } from './api.ts';
import type { Scenario } from './scenario-types.ts';
import { HeadlessRunner } from './headless.ts';
import { newCluster, profileByName } from './profiles.ts';

export const MAX_SCENARIO_LINES = 200;
export const MAX_SCENARIO_FILE_BYTES = 64 * 1024;

export type ScenarioResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly reason: string };

/** Checks data that came from a link: the shape, the profile, the sizes. */
export function checkScenario(value: unknown): ScenarioResult {
  if (!isPlainObject(value) || !Number.isInteger(value['seed'])) return { ok: false, reason: 'the scenario has no seed' };
  const profile = value['profile'];
  if (profile !== undefined && (typeof profile !== 'string' || profileByName(profile) === undefined)) return { ok: false, reason: 'the scenario names an unknown profile' };
  const files = value['files'];
  if (!isPlainObject(files) || !Object.entries(files).every(([path, text]) => path.startsWith('/') && typeof text === 'string')) {
    return { ok: false, reason: 'the scenario\'s files are damaged' };
  }
  if (Object.values(files).reduce((n: number, text) => n + String(text).length, 0) > MAX_SCENARIO_FILE_BYTES) return { ok: false, reason: 'the scenario\'s files are too large' };
  const lines = value['lines'];
  if (!Array.isArray(lines) || !lines.every((l) => typeof l === 'string') || lines.length > MAX_SCENARIO_LINES) return { ok: false, reason: 'the scenario\'s commands are damaged' };
  return { ok: true, scenario: { seed: value['seed'] as number, ...(profile === undefined ? {} : { profile }), files: files as Record<string, string>, lines } };
}

/** The sandbox a scenario leads to: the profile's fresh cluster, the files, then every line replayed. */
export function playScenario(scenario: Scenario): HostSnapshot {
  const options = { seed: scenario.seed, ...(scenario.profile === undefined ? {} : { profile: scenario.profile }) };
  const fresh = newCluster(options);
  const files = { ...createWorkstation(fresh).fs.snapshot(), ...scenario.files };
  const runner = new HeadlessRunner(options, { version: 1, options, cluster: fresh.snapshot(), files });
  for (const line of scenario.lines) runner.feedLine(line);
  runner.finish();
  return runner.snapshot();
}

/** Lines a replay cannot use: watches, follows and interactive sessions wait for a person. */
const INTERACTIVE = /(^|\s)(-w|--watch(=true)?|--follow|-it|-ti|--stdin|--tty)(\s|$)|^\s*(exit|clear|history)\s*$|\blogs\b.*\s-f(\s|$)/;

/** The scenario that rebuilds a session: its options, its files that differ from the profile's, and its command lines. */
export function scenarioOf(snapshot: HostSnapshot, lines: readonly string[]): Scenario {
  const defaults = createWorkstation(newCluster(snapshot.options)).fs.snapshot();
  const files = Object.fromEntries(Object.entries(snapshot.files).filter(([path, text]) => defaults[path] !== text));
  const replayable = lines.filter((line) => line.trim() !== '' && !INTERACTIVE.test(line));
  return { seed: snapshot.options.seed, ...(snapshot.options.profile === undefined ? {} : { profile: snapshot.options.profile }), files, lines: replayable.slice(-MAX_SCENARIO_LINES) };
}
