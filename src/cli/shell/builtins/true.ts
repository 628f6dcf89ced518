// `true`: does nothing, successfully.

import type { CommandSpec } from '../types.ts';

export const TRUE: CommandSpec = { name: 'true', path: '/usr/bin/true', run: () => 0 };
