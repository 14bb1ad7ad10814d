/**
 * Resolves once `selector` matches, or after `timeoutMs`. Single-page apps render after load;
 * the observer is bounded in time and disconnected either way, so it costs the page nothing later.
 */
export function waitForReady(document: Document, selector: string, timeoutMs: number): Promise<boolean> {
	if (document.querySelector(selector)) {
		return Promise.resolve(true);
	}

	return new Promise(resolve => {
		let pending = false;
		const finish = (ready: boolean) => {
			observer.disconnect();
			clearTimeout(timer);
			resolve(ready);
		};

		// Batch checks per animation frame: a busy page mutates thousands of times a second.
		const observer = new MutationObserver(() => {
			if (pending) {
				return;
			}

			pending = true;
			setTimeout(() => {
				pending = false;
				if (document.querySelector(selector)) {
					finish(true);
				}
			}, 50);
		});
		const timer = setTimeout(() => finish(false), timeoutMs);
		observer.observe(document.documentElement, {childList: true, subtree: true});
	});
}
