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

/**
 * A phone number in free text, with its label: «тел. 8-913-000-00-00», «т. 22-33-44», «+7 (3822)
 * 00-00-00». Five digits at least, and a dash, a bracket or a plus, so that «9, 11 классов» or
 * «1-11» is not one; a year range («2021-2022») is not one either.
 */
const PHONE_IN_TEXT = /(?:(?:тел(?:ефон)?|т|моб|сот)\.?\s*:?\s*)?(?<![\p{L}\p{N}])(\+?\d[\d\s()\-–]{3,}\d)(?!\p{N})/giu;
const YEAR_RANGE = /^(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d$/u;

function isPhone(text: string): boolean {
  return (text.match(/\d/g) ?? []).length >= 5 && /[-–()+]/u.test(text) && !YEAR_RANGE.test(text);
}

export interface TextWithoutContacts {
  /** The text with each address or phone (and its label, and brackets left empty) blanked by spaces. */
  text: string;
  /** The addresses and phones as written, with where each stood. */
  contacts: { at: number; kind: 'email' | 'phone'; value: string }[];
}

/**
 * Sets apart the e-mail addresses and phone numbers written in an executor cell, keeping every
 * other character where it was (so that positions still quote the cell as written):
 * blankContacts('Иванова А.П. (ivanova@school5.ru)').text → 'Иванова А.П.' followed by spaces.
 */
export function blankContacts(cell: string): TextWithoutContacts {
  if (!/[@\d]/u.test(cell)) return { text: cell, contacts: [] };
  const contacts: TextWithoutContacts['contacts'] = [];
  const blank = (kind: 'email' | 'phone') => (whole: string, value: string, at: number) => {
    if (kind === 'phone' && !isPhone(value)) return whole;
    contacts.push({ at, kind, value: kind === 'phone' ? whole.trim() : value });
    return ' '.repeat(whole.length);
  };
  const blanked = cell.replace(ADDRESS_IN_TEXT, blank('email')).replace(PHONE_IN_TEXT, blank('phone'));
  // Brackets that held only a contact go too: «Иванова А.П. (   )».
  return {
    text: blanked.replace(/\(\s*\)/gu, (m) => ' '.repeat(m.length)),
    contacts: contacts.sort((x, y) => x.at - y.at),
  };
}
