import { isValidEmail } from '../settings';

/**
 * E-mail addresses from a directory cell: several per cell, separated by commas,
 * semicolons or line breaks. Spaces do not separate: «Иванов ivanov@x.ru» is one (invalid) entry,
 * never silently reduced to the address.
 *
 * splitAddresses('a@x.ru; b@x.ru\nc@x.ru') → ['a@x.ru', 'b@x.ru', 'c@x.ru']
 */
export function splitAddresses(cell: string): string[] {
  return cell
    .split(/[,;\r\n\u2028\u2029]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

// Control characters and the characters that end or fold a mail header, plus '|' (our key separator).
// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
const HEADER_BREAKING = /[\u0000-\u001f\u007f\u2028\u2029:|]/;

/**
 * isSafeAddress('a@example.org') → true; isSafeAddress('a@example.org\r\nBcc: x@y.z') → false.
 * A valid address (isValidEmail) with nothing that could break or extend a mail header.
 */
export function isSafeAddress(address: string): boolean {
  return !HEADER_BREAKING.test(address) && isValidEmail(address);
}

/** The form used as a recipient's identity in keys and the log: trimmed, lower case. */
export function canonicalAddress(address: string): string {
  return address.trim().toLowerCase();
}
