/**
 * The strings of the streaming JSON reader (json-scanner.ts): the text between two quotes, escapes
 * decoded, across any number of chunks. Only the first `maxKept` characters are kept (a name, a
 * timestamp); the rest is still read and checked.
 */
const escapes: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'};

export class JsonStringReader {
	#text = '';
	#escaped = false;
	#unicode = -1; // hex digits of a \uXXXX still to come, or -1
	#hex = '';

	constructor(private readonly maxKept: number, private readonly fail: (why: string) => never) {}

	/** Reads from `at`: the index after the closing quote, or -1 when the chunk ends inside the string. */
	read(chunk: string, at: number): number {
		const {length} = chunk;
		while (at < length) {
			// The common case, a run without quote, backslash or control character, is one slice.
			if (!this.#escaped && this.#unicode < 0) {
				let end = at;
				while (end < length) {
					const code = chunk.charCodeAt(end);
					if (code === 0x22 || code === 0x5c || code < 0x20) {
						break;
					}

					end++;
				}

				this.#keep(chunk, at, end);
				at = end;
				if (at >= length) {
					return -1;
				}
			}

			const character = chunk[at]!;
			at++;
			if (this.#unicode >= 0) {
				if (!/[0-9a-fA-F]/.test(character)) {
					this.fail('a malformed \\u escape');
				}

				this.#hex += character;
				if (--this.#unicode === 0) {
					this.#keep(String.fromCharCode(Number.parseInt(this.#hex, 16)));
					this.#unicode = -1;
					this.#hex = '';
				}
			} else if (this.#escaped) {
				this.#escaped = false;
				if (character === 'u') {
					this.#unicode = 4;
				} else if (Object.hasOwn(escapes, character)) {
					this.#keep(escapes[character]!);
				} else {
					this.fail('an unknown escape');
				}
			} else if (character === '\\') {
				this.#escaped = true;
			} else if (character === '"') {
				return at;
			} else {
				this.fail('a control character in a string');
			}
		}

		return -1;
	}

	/** The string just read; the reader is ready for the next. */
	take(): string {
		const text = this.#text;
		this.#text = '';
		return text;
	}

	#keep(text: string, from = 0, to = text.length): void {
		if (to > from && this.#text.length < this.maxKept) {
			this.#text += text.slice(from, Math.min(to, from + this.maxKept - this.#text.length));
		}
	}
}
