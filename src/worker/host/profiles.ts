// The profiles a sandbox can start from, by name.

import { courseProfile, emptyProfile, type Profile } from '../../engine/index.ts';

export const PROFILES: Readonly<Record<string, Profile>> = {
  course: courseProfile,
  empty: emptyProfile,
};

export const DEFAULT_PROFILE = 'course';

export function profileByName(name: string): Profile | undefined {
  return Object.prototype.hasOwnProperty.call(PROFILES, name) ? PROFILES[name] : undefined;
}
