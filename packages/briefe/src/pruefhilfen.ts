// Hilfen für Tests: den Text eines PDF lesen (pdf.js) und eine Seite als PNG ablegen (pdftoppm
// aus Debians poppler-utils), damit ein Mensch das Layout ansehen kann.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Text je Seite, Leerraum zusammengefasst. */
  seiten: string[];
  /** Alle Seiten hintereinander. */
  text: string;
}

/** Liest den Text jeder Seite eines PDF. */
export async function pdfText(pdf: Uint8Array): Promise<PdfText> {
  const dokument = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const seiten: string[] = [];
  for (let i = 1; i <= dokument.numPages; i++) {
    const inhalt = await (await dokument.getPage(i)).getTextContent();
    const teile = inhalt.items.map((x) => ('str' in x ? `${x.str}${x.hasEOL ? '\n' : ''}` : ''));
    seiten.push(
      teile
        .join('')
        .replace(/[ \t\u00a0]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .trim(),
    );
  }
  await dokument.destroy();
  return { seiten, text: seiten.join('\n') };
}

/** Fließtext ohne Zeilenumbrüche (für Sätze, die umbrechen). */
export function fliesstext(t: string): string {
  return t.replace(/-\n(?=[a-zäöü])/g, '').replace(/\s+/g, ' ');
}

/**
 * Legt die erste Seite eines PDF als PNG ab. Ohne pdftoppm schlägt das fehl – mit dem Hinweis,
 * wie es zu installieren ist (kein Test wird übersprungen).
 */
export function ersteSeiteAlsPng(pdf: Uint8Array, ziel: string, aufloesung = 70): void {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdftoppm fehlt: bitte Debians poppler-utils installieren (apt-get install -y poppler-utils).');
  }
  const ordner = mkdtempSync(join(tmpdir(), 'egh-brief-'));
  try {
    const datei = join(ordner, 'brief.pdf');
    writeFileSync(datei, pdf);
    execFileSync('pdftoppm', ['-png', '-r', String(aufloesung), '-f', '1', '-l', '1', '-singlefile', datei, join(ordner, 'seite')]);
    mkdirSync(dirname(ziel), { recursive: true });
    copyFileSync(join(ordner, 'seite.png'), ziel);
  } finally {
    rmSync(ordner, { recursive: true, force: true });
  }
}
