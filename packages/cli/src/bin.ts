#!/usr/bin/env node
// Einstieg der Kommandozeile `egh`.
import { main } from './main.ts';

// „egh fristen | head“: schließt der Leser die Pipe, endet egh still (wie andere Unix-Werkzeuge).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
