// Passwörter mit Argon2id (@node-rs/argon2), Parameter nach OWASP (m = 19 MiB, t = 2, p = 1).
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id ist ein `const enum` der Typdefinition; mit isolatedModules als Zahl.
const argon2id = 2;

export function hashePasswort(passwort: string): Promise<string> {
  return hash(passwort, { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function pruefePasswort(hashWert: string, passwort: string): Promise<boolean> {
  try {
    return await verify(hashWert, passwort);
  } catch {
    return false;
  }
}

/** Ein Vergleichs-Hash, damit unbekannte Benutzernamen gleich lange brauchen wie bekannte. */
let attrappe: Promise<string> | undefined;
export function attrappenHash(): Promise<string> {
  attrappe ??= hashePasswort('keine-anmeldung-moeglich');
  return attrappe;
}
