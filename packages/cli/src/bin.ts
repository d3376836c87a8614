#!/usr/bin/env node
// Einstieg der Kommandozeile `egh`.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
