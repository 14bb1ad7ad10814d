import {JsonStringReader} from './json-string.js';
import {JsonError, type JsonPrimitive, type JsonScanner, type PathPart} from './json-types.js';

export {JsonError, type JsonPrimitive, type JsonScanner, type PathPart} from './json-types.js';

/**
 * A streaming JSON reader for the big files of a data download (a Google Records.json of a million
 * points is ~150 MB): text goes in chunk by chunk, each primitive value comes out with its path, and
 * nothing else is kept. Memory stays the size of one chunk plus the current path. It validates as it
 * goes: text that is not JSON (cut short, a stray comma, too deep) ends in a `JsonError`, so a damaged
 * entry is skipped and counted, never half-believed.
 */

/** Deeper than any export nests; a file nested deeper is not one we know (and a stack-exhaustion attempt). */
const maxDepth = 64;
/** Longer than any value read here (a name, a timestamp): a longer one is kept only to this length. */
const maxKeptText = 4096;

// The reader's states (plain numbers: the hot loop compares them).
const State = {Value: 0, AfterValue: 1, Key: 2, AfterKey: 3, String: 4, Word: 5, Done: 6} as const;
type State = (typeof State)[keyof typeof State];

/** An open container: its kind, and how many values it has so far (an array's next index). */
type Frame = {array: boolean; index: number};

const isWhitespace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
const isNumberChar = (code: number) => (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2b || code === 0x2e || code === 0x45;
const isLetter = (code: number) => code >= 0x61 && code <= 0x7a;
const numberPattern = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const literals: Record<string, boolean | null> = {true: true, false: false, null: null};

/**
 * Reads one JSON document. `onValue` gets each primitive with its path (the array is reused: copy it
 * to keep it); `onOpen` gets each object or array as it opens, and `onClose` as it closes, for readers
 * that count items without looking inside.
 */
export function jsonScanner(
	onValue: (path: readonly PathPart[], value: JsonPrimitive) => void,
	{onOpen, onClose}: {onOpen?: (path: readonly PathPart[], array: boolean) => void; onClose?: (path: readonly PathPart[], array: boolean) => void} = {},
): JsonScanner {
	const path: PathPart[] = [];
	const frames: Frame[] = [];
	let state: State = State.Value;
	let word = ''; // a number's or a literal's characters so far
	let stringIsKey = false;

	const fail = (why: string): never => {
		throw new JsonError(why);
	};

	const strings = new JsonStringReader(maxKeptText, fail);

	/** After a value ends: the parent array's next index, or the object's next key. */
	function valueEnded(): void {
		const frame = frames[frames.length - 1];
		if (!frame) {
			state = State.Done;
			return;
		}

		frame.index++;
		if (frame.array) {
			path[path.length - 1] = frame.index;
		}

		state = State.AfterValue;
	}

	function emit(value: JsonPrimitive): void {
		onValue(path, value);
		valueEnded();
	}

	function open(array: boolean): void {
		if (frames.length >= maxDepth) {
			fail('nested too deep');
		}

		onOpen?.(path, array);
		frames.push({array, index: 0});
		path.push(array ? 0 : '');
		state = array ? State.Value : State.Key;
	}

	function close(array: boolean): void {
		const frame = frames.pop();
		if (!frame || frame.array !== array) {
			fail('brackets do not match');
		}

		path.pop();
		onClose?.(path, array);
		valueEnded();
	}

	/** A number or true/false/null, once the character after it shows it ended. */
	function endWord(): void {
		const text = word;
		word = '';
		if (numberPattern.test(text)) {
			emit({kind: 'number', text});
		} else {
			emit({kind: 'literal', value: Object.hasOwn(literals, text) ? literals[text]! : fail('unknown word')});
		}
	}

	function write(chunk: string): void {
		const length = chunk.length;
		let at = 0;
		while (at < length) {
			switch (state) {
				case State.String: {
					const end = strings.read(chunk, at);
					if (end < 0) {
						at = length;
						break;
					}

					at = end;
					const value = strings.take();
					if (stringIsKey) {
						path[path.length - 1] = value;
						state = State.AfterKey;
					} else {
						emit({kind: 'string', text: value});
					}

					break;
				}

				case State.Word: {
					// A run of number or letter characters is one slice (a million points hold four million numbers).
					let end = at;
					while (end < length && (isNumberChar(chunk.charCodeAt(end)) || isLetter(chunk.charCodeAt(end)))) {
						end++;
					}

					word += chunk.slice(at, end);
					at = end;
					if (word.length > 64) {
						fail('a value too long');
					}

					if (at < length) {
						endWord();
					}

					break;
				}

				default: {
					const code = chunk.charCodeAt(at);
					if (isWhitespace(code)) {
						at++;
						break;
					}

					at++;
					switch (state) {
						case State.Value:
							if (code === 0x7b) {
								open(false);
							} else if (code === 0x5b) {
								open(true);
							} else if (code === 0x22) {
								stringIsKey = false;
								state = State.String;
							} else if (code === 0x5d && frames[frames.length - 1]?.array && frames[frames.length - 1]!.index === 0) {
								close(true); // an empty array
							} else if ((code >= 0x30 && code <= 0x39) || code === 0x2d || isLetter(code)) {
								word = chunk[at - 1]!;
								state = State.Word;
							} else {
								fail('a value expected');
							}

							break;
						case State.Key:
							if (code === 0x22) {
								stringIsKey = true;
								state = State.String;
							} else if (code === 0x7d && frames[frames.length - 1]!.index === 0) {
								close(false); // an empty object
							} else {
								fail('a key expected');
							}

							break;
						case State.AfterKey:
							if (code !== 0x3a) {
								fail('":" expected');
							}

							stringIsKey = false;
							state = State.Value;
							break;
						case State.AfterValue: {
							const frame = frames[frames.length - 1]!;
							if (code === 0x2c) {
								state = frame.array ? State.Value : State.Key;
								if (!frame.array) {
									path[path.length - 1] = '';
								}
							} else if (code === (frame.array ? 0x5d : 0x7d)) {
								close(frame.array);
							} else {
								fail('"," or a closing bracket expected');
							}

							break;
						}

						case State.Done:
							fail('text after the document');
							break;
						default:
							break;
					}
				}
			}
		}
	}

	return {
		write,
		end() {
			if (state === State.Word) {
				endWord();
			}

			if (state !== State.Done) {
				fail('cut short');
			}
		},
	};
}
