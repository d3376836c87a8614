// Argumente der Kommandozeile `egh` (commander), deutsche Hilfetexte.
import { Command, CommanderError } from 'commander';
import { engineVersion } from '@egh/recht';
import { type Ausgabe, artenHilfe, pruefeBefehl } from './pruefe-befehl.ts';

export const cliVersion = '0.1.0';

const uebersetzungen: [RegExp, string][] = [
  [/^error: unknown command '(.*)'/m, 'Fehler: unbekannter Befehl „$1“.'],
  [/^error: unknown option '(.*)'/m, 'Fehler: unbekannte Option „$1“.'],
  [/^error: missing required argument '(.*)'/m, 'Fehler: Pflichtargument „$1“ fehlt.'],
  [/^error: too many arguments.*$/m, 'Fehler: zu viele Argumente.'],
];

function aufDeutsch(text: string): string {
  for (const [muster, ersatz] of uebersetzungen) if (muster.test(text)) return text.replace(muster, ersatz);
  return text;
}

export async function main(argv: string[], io: Ausgabe): Promise<number> {
  let exitCode = 0;
  const programm = new Command('egh')
    .description('EGH-Clearing – Kommandozeile für Prüfungen und Betrieb')
    .version(`egh ${cliVersion} (Regelwerk ${engineVersion})`, '-V, --version', 'Version anzeigen')
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .helpCommand('help [befehl]', 'Hilfe zu einem Befehl anzeigen')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, schreibe) => schreibe(aufDeutsch(text)) })
    .showHelpAfterError('(Hilfe: egh --help)')
    .exitOverride();

  programm
    .command('pruefe')
    .description('Eine Prüfung offline ausführen: JSON-Eingabe aus DATEI oder von der Standardeingabe (-); Ergebnis-JSON auf stdout')
    .argument('<datei>', 'Pfad zur JSON-Datei oder - für die Standardeingabe')
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .addHelpText('after', artenHilfe())
    .action(async (datei: string) => {
      exitCode = await pruefeBefehl(datei, io);
    });

  try {
    await programm.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help und --version enden mit Code 0; Bedienfehler mit 2.
      return e.exitCode === 0 ? 0 : 2;
    }
    throw e;
  }
  return exitCode;
}
