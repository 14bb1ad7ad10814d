/** Re-reads `read()` every 50 ms until `done`; throws after `timeoutMs` with the last value. */
export async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let value = await read();
	while (!done(value)) {
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(value)?.slice(0, 500)}`);
		}

		await new Promise(resolve => setTimeout(resolve, 50));
		value = await read();
	}

	return value;
}
