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

/** An address in free text, with the label that may introduce it: «e-mail: a@x.ru», «эл. почта – a@x.ru». */
const ADDRESS_IN_TEXT =
  /(?:(?:e-?mail|эл\.?\s*почта|электронная\s+почта|адрес)\s*[:\-–—]?\s*)?([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/giu;

export interface TextWithoutAddresses {
  /** The text with each address (and its label, and brackets left empty) blanked by spaces. */
  text: string;
  /** The addresses as written, with where each stood. */
  addresses: { at: number; address: string }[];
}

/**
 * Sets apart the e-mail addresses written in an executor cell, keeping every other character
 * where it was (so that positions still quote the cell as written):
 * blankAddresses('Иванова А.П. (ivanova@school5.ru)').text → 'Иванова А.П.' followed by spaces.
 */
export function blankAddresses(cell: string): TextWithoutAddresses {
  if (!cell.includes('@')) return { text: cell, addresses: [] };
  const addresses: TextWithoutAddresses['addresses'] = [];
  const blanked = cell.replace(ADDRESS_IN_TEXT, (whole, address: string, at: number) => {
    addresses.push({ at, address });
    return ' '.repeat(whole.length);
  });
  // Brackets that held only the address go too: «Иванова А.П. (   )».
  return { text: blanked.replace(/\(\s*\)/gu, (m) => ' '.repeat(m.length)), addresses };
}
