#!/usr/bin/env node
// Startet die Kommandozeile mit dem Node des Projekts (Dev-Abhängigkeit node@24), wenn das
// aufrufende Node TypeScript nicht selbst laden kann (Node < 22.18), z. B. bei einem direkten
// Aufruf von node_modules/.bin/egh mit dem Node 20 der Maschine.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const hier = dirname(fileURLToPath(import.meta.url));
const einstieg = join(hier, '../src/bin.ts');

if (process.features.typescript) {
  await import(einstieg);
} else {
  let node;
  try {
    node = join(dirname(createRequire(import.meta.url).resolve('node/package.json')), 'bin/node');
  } catch {
    console.error('egh: Dieses Node kann TypeScript nicht laden, und node@24 ist nicht installiert. Bitte zuerst „npm install“ ausführen.');
    process.exit(1);
  }
  const r = spawnSync(node, [einstieg, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
