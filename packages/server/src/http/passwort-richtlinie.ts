// Passwortregeln nach NIST SP 800-63B Abschnitt 3.1.1.2 und BSI IT-Grundschutz ORP.4.A8: Länge
// statt Zeichenklassen (mindestens 12 Zeichen), kein Passwort aus einer Liste häufiger oder
// geleakter Passwörter, keine kontextbezogenen Wörter (Benutzername, Name des Dienstes) und keine
// Wiederholungen oder Folgen. Die Liste (rund 49.000 Passwörter) kommt mit dem Produkt aus
// @zxcvbn-ts/language-common; zur Laufzeit wird nichts geladen.
import { dictionary } from '@zxcvbn-ts/language-common';

export const passwortMindestlaenge = 12;
export const passwortHoechstlaenge = 200;

const haeufig = new Set((dictionary as Record<string, string[]>)['passwords-common'] ?? []);
if (haeufig.size < 10_000) throw new Error('Liste häufiger Passwörter fehlt (@zxcvbn-ts/language-common).');

/** Wörter des Dienstes selbst (NIST: „the name of the service“). */
const dienstwoerter = ['eghclearing', 'clearing', 'eingliederungshilfe'];

/** Tastatur- und Alphabetfolgen: ein Passwort, das nur ein Ausschnitt davon ist, ist keins. */
const folgen = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890123456789',
  'qwertzuiopasdfghjklyxcvbnm',
  'qwertyuiopasdfghjklzxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6zhn7ujm8ik9ol0p',
];

const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i' };

const normal = (s: string) => s.toLowerCase().normalize('NFKC');
const nurBuchstabenUndZiffern = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
const ohneLeet = (s: string) => [...s].map((z) => leet[z] ?? z).join('');
/** Der Kern eines Passworts ohne Ziffern und Zeichen am Anfang und am Ende („Sommer2024!“ → „sommer“). */
const kern = (s: string) => s.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

function istFolge(s: string): boolean {
  return folgen.some((f) => f.includes(s) || [...f].reverse().join('').includes(s));
}

export interface Kontext {
  benutzername: string;
  /** Anzeigename („Anna Huber (Kostenerstattung, …)“): Vor- und Nachname zählen wie der Benutzername. */
  name?: string;
}

/** Kontextwörter: Benutzername, seine Teile und die Teile des Namens (ab 4 Zeichen), der Dienst. */
function kontextwoerter(k: Kontext): string[] {
  const woerter = new Set<string>(dienstwoerter);
  const name = normal(k.benutzername);
  woerter.add(nurBuchstabenUndZiffern(name));
  for (const teil of name.split(/[^\p{L}\p{N}]+/u)) woerter.add(teil);
  for (const teil of normal(k.name ?? '').split(/[^\p{L}]+/u)) woerter.add(teil);
  return [...woerter].filter((w) => w.length >= 4);
}

/** Die erste verletzte Regel als deutsche Meldung, sonst null. */
export function passwortFehler(passwort: string, k: Kontext): string | null {
  const zeichen = [...passwort];
  if (zeichen.length < passwortMindestlaenge)
    return `Das Passwort muss mindestens ${passwortMindestlaenge} Zeichen lang sein (Länge schützt mehr als Sonderzeichen – z. B. mehrere Wörter).`;
  if (zeichen.length > passwortHoechstlaenge) return `Das Passwort darf höchstens ${passwortHoechstlaenge} Zeichen lang sein.`;
  if (new Set(zeichen).size < 5) return 'Das Passwort wiederholt zu wenige verschiedene Zeichen (mindestens 5 verschiedene).';
  const p = normal(passwort);
  const varianten = [...new Set([p, nurBuchstabenUndZiffern(p), ohneLeet(p), nurBuchstabenUndZiffern(ohneLeet(p))])];
  if (varianten.some(istFolge)) return 'Das Passwort ist eine Zeichen- oder Tastaturfolge.';
  for (const wort of kontextwoerter(k)) {
    const rueckwaerts = [...wort].reverse().join('');
    if (varianten.some((v) => v.includes(wort) || v.includes(rueckwaerts)))
      return wort === nurBuchstabenUndZiffern(normal(k.benutzername)) || normal(k.benutzername).includes(wort)
        ? 'Das Passwort darf den Benutzernamen (auch nicht abgewandelt oder in Teilen) nicht enthalten.'
        : dienstwoerter.includes(wort)
          ? 'Das Passwort darf den Namen des Dienstes nicht enthalten.'
          : 'Das Passwort darf Ihren Namen nicht enthalten.';
  }
  const kandidaten = new Set(varianten.flatMap((v) => [v, kern(v)]));
  for (const c of kandidaten) if (c.length >= 4 && haeufig.has(c)) return 'Das Passwort steht in der Liste häufig verwendeter Passwörter.';
  return null;
}
