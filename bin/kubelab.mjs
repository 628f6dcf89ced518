#!/usr/bin/env node
// The `kubelab` command: runs the TypeScript sources directly through tsx, so `npx kubelab`
// works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/node/cli.ts');
process.exitCode = await main(process.argv.slice(2));
