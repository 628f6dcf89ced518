// `false`: does nothing, unsuccessfully.

import type { CommandSpec } from '../types.ts';

export const FALSE: CommandSpec = { name: 'false', path: '/usr/bin/false', run: () => 1 };
