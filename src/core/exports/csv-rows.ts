/**
 * A streaming CSV reader (RFC 4180: quoted fields, "" for a quote, commas and newlines inside quotes),
 * for LinkedIn's export. Rows come out as arrays; the caller names the columns. A field longer than any
 * value read here is kept only to its start, so a hostile file cannot grow memory.
 */
const maxField = 4096;
const maxFields = 1000;

export class CsvError extends Error {}

export type CsvReader = {write(chunk: string): void; end(): void};

export function csvRows(onRow: (fields: readonly string[]) => void): CsvReader {
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	let quoteSeen = false; // a quote inside a quoted field: the next character says if it was "" or the end
	let started = false;

	const endField = () => {
		fields.push(field);
		if (fields.length > maxFields) {
			throw new CsvError('too many columns');
		}

		field = '';
		started = false;
	};

	const endRow = () => {
		endField();
		if (!(fields.length === 1 && fields[0] === '')) {
			onRow(fields);
		}

		fields = [];
	};

	const keep = (text: string) => {
		if (field.length < maxField) {
			field += text.slice(0, maxField - field.length);
		}
	};

	return {
		write(chunk) {
			for (let at = 0; at < chunk.length; at++) {
				const character = chunk[at]!;
				if (quoted) {
					if (quoteSeen) {
						quoteSeen = false;
						if (character === '"') {
							keep('"');
							continue;
						}

						quoted = false;
						// Falls through: the character after a closing quote is read as outside quotes.
					} else if (character === '"') {
						quoteSeen = true;
						continue;
					} else {
						keep(character);
						continue;
					}
				}

				if (character === '"' && !started) {
					quoted = true;
					started = true;
				} else if (character === ',') {
					endField();
				} else if (character === '\n') {
					endRow();
				} else if (character === '\r') {
					// CRLF: the \n ends the row.
				} else {
					started = true;
					keep(character);
				}
			}
		},
		end() {
			if (quoted && !quoteSeen) {
				throw new CsvError('a quoted field is not closed');
			}

			quoted = false;
			if (field !== '' || fields.length > 0) {
				endRow();
			}
		},
	};
}
