// PDF mit pdfmake. Schrift: Fira Sans (die Schrift des KERN-Designsystems) als TrueType aus dem
// npm-Paket @expo-google-fonts/fira-sans – eingebettet, nie zur Laufzeit geladen. pdfmake darf
// nur diese Schriftdateien lesen und keine Adresse abrufen.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);
const schriftVerzeichnis = dirname(require.resolve('@expo-google-fonts/fira-sans/package.json'));
const schrift = (datei: string) => join(schriftVerzeichnis, datei);

const schriften = {
  FiraSans: {
    normal: schrift('400Regular/FiraSans_400Regular.ttf'),
    bold: schrift('600SemiBold/FiraSans_600SemiBold.ttf'),
    italics: schrift('400Regular_Italic/FiraSans_400Regular_Italic.ttf'),
    bolditalics: schrift('600SemiBold_Italic/FiraSans_600SemiBold_Italic.ttf'),
  },
};

pdfmake.setFonts(schriften);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((pfad) => pfad.startsWith(schriftVerzeichnis));

/** Setzt eine Dokumentdefinition als PDF. */
export async function setze(d: TDocumentDefinitions): Promise<Uint8Array> {
  const puffer = await pdfmake.createPdf(d).getBuffer();
  return new Uint8Array(puffer.buffer, puffer.byteOffset, puffer.byteLength);
}
