#!/usr/bin/env node
// The `mgi` command: runs the TypeScript CLI through tsx so it works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../functions/cli/mgi.ts');
process.exitCode = await main(process.argv.slice(2));
