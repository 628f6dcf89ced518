// false: fail with status 1.

import { exit, type Applet } from './types.ts';

export const falseApplet: Applet = () => exit(1);
