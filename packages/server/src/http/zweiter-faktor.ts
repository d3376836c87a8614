// Zweiter Faktor mit Einmalcodes nach RFC 6238 (TOTP: HMAC-SHA-1, 6 Ziffern, 30 Sekunden), wie ihn
// gängige Authenticator-Apps erzeugen; Bibliothek: otpauth. Pflicht für Administration und
// Plattformbetrieb (BSI IT-Grundschutz ORP.4.A21, privilegierte Konten), freiwillig für alle anderen.
import { Secret, TOTP } from 'otpauth';
import { renderSVG } from 'uqr';
import type { Rolle } from './rollen.ts';

export const faktorPflichtRollen: readonly Rolle[] = ['administration', 'plattformbetrieb'];
const periode = 30;
const aussteller = 'EGH-Clearing';

export const faktorIstPflicht = (rollen: readonly string[]) => rollen.some((r) => (faktorPflichtRollen as readonly string[]).includes(r));

/** 160 Bit Zufall (RFC 4226 Abschnitt 4, R6), Base32. */
export function neuesGeheimnis(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(geheimnis: string, benutzername: string): TOTP {
  return new TOTP({
    issuer: aussteller,
    label: benutzername,
    algorithm: 'SHA1',
    digits: 6,
    period: periode,
    secret: Secret.fromBase32(geheimnis),
  });
}

/** Für die Einrichtung: Geheimnis, otpauth://-Adresse und dieselbe Adresse als QR-Code (SVG). */
export function einrichtungsdaten(geheimnis: string, benutzername: string): { geheimnis: string; uri: string; qrSvg: string } {
  const uri = totp(geheimnis, benutzername).toString();
  return { geheimnis, uri, qrSvg: renderSVG(uri, { border: 2 }) };
}

/** Der Code zu einem Zeitpunkt (Millisekunden) – für Tests und `egh zweiter-faktor code`. */
export function codeFuer(geheimnis: string, zeitpunkt: number): string {
  return totp(geheimnis, '').generate({ timestamp: zeitpunkt });
}

/**
 * Der Zeitschritt, zu dem der Code passt (± ein Schritt Uhrabweichung, RFC 6238 Abschnitt 5.2),
 * sonst null. Der Aufrufer nimmt jeden Schritt höchstens einmal an.
 */
export function schrittDesCodes(geheimnis: string, code: string, zeitpunkt: number): number | null {
  const sauber = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(sauber)) return null;
  const abweichung = totp(geheimnis, '').validate({ token: sauber, timestamp: zeitpunkt, window: 1 });
  return abweichung === null ? null : Math.floor(zeitpunkt / 1000 / periode) + abweichung;
}
