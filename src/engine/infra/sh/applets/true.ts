// true and `:`: succeed.

import { exit, type Applet } from './types.ts';

export const trueApplet: Applet = () => exit(0);
