/**
 * Stable stand-ins for what a page sample must not keep. Each distinct original gets its own
 * stand-in, and the same one everywhere in the sample (every script, attribute and key), so what the
 * readers compare stays equal: the viewer's id and the profile owner's id are still the same
 * number after redaction, and a different account's still differs.
 */
export class Pseudonyms {
	readonly #strings = new Map<string, string>();
	readonly #digits = new Map<string, string>();
	readonly #numbers = new Map<number, number>();
	/** Originals replaced by a stand-in: handles and ids that may also hide in class names or ids. */
	readonly replaced = new Set<string>();

	/** A string: "s1", "s2"…; a string of digits stays digits (id patterns match \d+), "0" (signed out) stays "0". */
	string(value: string): string {
		if (value === '' || value === '0') {
			return value;
		}

		if (/^\d+$/.test(value)) {
			return this.digits(value);
		}

		return this.#stand(this.#strings, value, () => `s${this.#strings.size + 1}`);
	}

	/** A run of digits (an account id in a key, an id attribute or a string): "1000001", "1000002"… */
	digits(value: string): string {
		return this.#stand(this.#digits, value, () => String(1_000_001 + this.#digits.size));
	}

	/**
	 * A JSON number. Small non-negative integers (0–9) are the settings' codes the readers map
	 * (TikTok's commentSetting 0/1, followingVisibility 1/2, statusCode 0) and stay; any other
	 * number (counts, timestamps, numeric ids) becomes 2000001, 2000002…, distinct from the codes.
	 */
	number(value: number): number {
		if (Number.isInteger(value) && value >= 0 && value <= 9) {
			return value;
		}

		const known = this.#numbers.get(value);
		if (known !== undefined) {
			return known;
		}

		const stand = 2_000_001 + this.#numbers.size;
		this.#numbers.set(value, stand);
		return stand;
	}

	#stand(map: Map<string, string>, value: string, next: () => string): string {
		const known = map.get(value);
		if (known !== undefined) {
			return known;
		}

		const stand = next();
		map.set(value, stand);
		this.replaced.add(value.toLowerCase());
		return stand;
	}
}
