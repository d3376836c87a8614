// `npm run bench [-- --quick]`: druckt je Kennzahl eine JSON-Zeile {name, value, unit} und zum
// Schluss eine Zusammenfassung mit den Zielen der Issues.
import { benchBriefe } from './briefe.ts';
import { benchAustausch } from './austausch.ts';
import { benchRecht } from './recht.ts';
import { benchServer } from './server.ts';
import { benchWeb } from './web.ts';
import type { Messwert } from './messung.ts';

const quick = process.argv.includes('--quick');
const nur = process.argv.find((a) => a.startsWith('--nur='))?.slice(6);
const werte: Messwert[] = [];
if (!nur || nur === 'recht') werte.push(...benchRecht(quick));
if (!nur || nur === 'server') werte.push(...(await benchServer(quick)));
if (!nur || nur === 'web') werte.push(...(await benchWeb(quick)));
if (!nur || nur === 'austausch') werte.push(...(await benchAustausch(quick)));
if (!nur || nur === 'briefe') werte.push(...(await benchBriefe(quick)));

const ziele = werte
  .filter((w) => w.target)
  .map((w) => ({
    name: w.name,
    value: w.value,
    target: w.target,
    met: (w.target?.max === undefined || w.value <= w.target.max) && (w.target?.min === undefined || w.value >= w.target.min),
  }));
process.stdout.write(
  `${JSON.stringify({ summary: { quick, node: process.version, figures: Object.fromEntries(werte.map((w) => [w.name, w.value])), targets: ziele, allTargetsMet: ziele.every((z) => z.met) } })}\n`,
);
