/**
 * Sends again, five times at most (over about four and a half seconds), when the background did not
 * answer: a worker stopped while it handled the message (the browser stops idle workers; a test stops
 * them on purpose) rejects the send, and the next send wakes a fresh one. Two seconds were too few on a
 * loaded machine: Scan all lost a page whose report found no worker up yet (CI, 2026-12-04). Reports are idempotent: the page's record is replaced
 * and Scan all counts a page once, so a report that did land before the stop changes nothing.
 */
export async function sendWithRetry<T>(send: () => Promise<T>, {attempts = 6, delayMs = 300} = {}): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await send();
		} catch (error) {
			if (attempt >= attempts) {
				throw error;
			}

			await new Promise(resolve => setTimeout(resolve, delayMs * attempt));
		}
	}
}
