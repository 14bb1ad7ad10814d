/**
 * Calls `onChange` when the URL changes without a reload (Facebook is a single-page app).
 * Uses the Navigation API where the browser has it, and a one-second URL check otherwise:
 * comparing one string a second is all it costs on pages we do not audit.
 */
export function watchNavigation(window: Window, onChange: (href: string) => void): void {
	let last = window.location.href;
	const check = () => {
		if (window.location.href !== last) {
			last = window.location.href;
			onChange(last);
		}
	};

	const navigation = (window as Window & {navigation?: EventTarget}).navigation;
	if (navigation) {
		navigation.addEventListener('navigatesuccess', check);
	} else {
		setInterval(check, 1000);
	}

	window.addEventListener('popstate', check);
}
