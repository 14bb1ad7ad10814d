/** First index in the ascending `sorted` (or its slice [from, to)) whose value is greater than `value`. */
export function upperBound(sorted: ArrayLike<number>, value: number, from = 0, to = sorted.length): number {
	let low = from;
	let high = to;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! <= value) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low;
}
