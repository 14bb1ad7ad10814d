// Patterns for what a bio says, by kind. English first (the adapters read English UIs), with the
// commonest German and French street forms. Matching is on NFKC-normalised text, so the "fancy"
// letters and digits of bio generators (𝟓𝟓𝟓, ｍａｉｌ) read as plain ones.

const months = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const day = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const year4 = '(?:19|20)\\d{2}';

/** A day, a month and a year, in numbers or with the month's name. */
export const fullDatePatterns: readonly RegExp[] = [
	// 17/05/1999, 5-17-99, 17.05.1999 (day and month either way round; both at most 31, one at most 12)
	/(?<![\d/.-])(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:(?:19|20)\d{2}|\d{2})(?![\d/.-])/,
	// 1999-05-17, 1999/5/17
	new RegExp(`(?<![\\d/.-])${year4}[/.-](?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\\d|3[01])(?![\\d/.-])`),
	// 17 May 1999, 17th of May, 1999, 17 May '99
	new RegExp(`\\b${day}(?:\\s+of)?\\s+(?:${months})\\.?,?\\s+(?:${year4}|'\\d{2})\\b`, 'i'),
	// May 17, 1999, May 17th 1999
	new RegExp(`\\b(?:${months})\\.?\\s+${day},?\\s+(?:${year4}|'\\d{2})\\b`, 'i'),
];

/** An email address, written out or "name at example dot com". */
export const emailPatterns: readonly RegExp[] = [
	/[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/i,
	/\b[a-z0-9._%+-]+\s*[([{]\s*at\s*[)\]}]\s*[a-z0-9-]+\s*(?:[([{]\s*dot\s*[)\]}]|\.)\s*[a-z]{2,}\b/i,
	/\b[a-z0-9._%+-]+\s+at\s+[a-z0-9-]+\s+dot\s+(?:com|net|org|edu|co|io|de|fr|uk|me)\b/i,
];

// Street types in any case ("St", "st", "ST"), without the /i flag: under /i, \p{Lu} would match any letter.
const streetTypes = ['street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd', 'court', 'ct', 'way',
	'place', 'pl', 'terrace', 'close', 'crescent', 'parkway', 'pkwy', 'circle', 'cir', 'highway', 'hwy', 'square', 'sq']
	.flatMap(word => [`[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`, word.toUpperCase()]).join('|');

/**
 * A house number and a street: "221B Baker St", "12 Oak Tree Lane", "Hauptstraße 5", "3 rue de la Paix",
 * "PO Box 12". The street name's words must be capitalised, so "ran 5 miles down the road" is not one.
 */
export const addressPatterns: readonly RegExp[] = [
	new RegExp(`\\b\\d{1,5}[a-zA-Z]?,?\\s+(?:\\p{Lu}[\\p{L}'.-]*\\s+){1,3}(?:${streetTypes})\\b`, 'u'),
	/\b\p{L}+(?:straße|strasse|str\.|weg|gasse|allee)\s+\d{1,4}[a-z]?\b/iu,
	/\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|impasse)\s+\p{L}/iu,
	/\bp\.?\s?o\.?\s+box\s+\d+/i,
];

/** An age, or a school year that gives one away ("class of 2027", "10th grade", "year 9"). */
export const agePatterns: readonly RegExp[] = [
	/\b(?:[1-9]\d)\s*(?:y\/o|yo|yrs?(?:\s+old)?|years?\s+old)\b/i,
	/\b(?:age|aged)\s*:?\s*[1-9]\d?\b/i,
	/\b(?:i'?m|im|i am|turning|just turned|turned)\s+(?:1[0-9]|[2-9]\d)\b(?!\s*(?:'|ft|cm|k|%|\/))/i,
	/\b(?:class of|c\/o)\s*'?(?:20)?\d{2}\b/i,
	/\b(?:[5-9]|1[0-2])(?:st|nd|rd|th)\s+grade\b/i,
	/\b(?:grade|year)\s+(?:[5-9]|1[0-3])\b/i,
	// A teen age on its own between separators, the way bios list facts: "16 | gamer", "art · 15 · uk".
	/(?:^|[|·•]\s*)1[3-9]\s*(?:[|·•]|$)/,
];

/** A school: "Lincoln High School", "Westfield Academy", "Lincoln HS", "middle school". */
export const schoolPatterns: readonly RegExp[] = [
	/\b(?:high|middle|secondary|grammar|primary|elementary|prep(?:aratory)?|junior high|senior high)\s+school\b/i,
	/\b\p{Lu}[\p{L}'.-]+\s+(?:Academy|HS|High|Gymnasium|Lycée|Collège)\b/u,
	/\bsixth form\b/i,
];
