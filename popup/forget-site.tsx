import {useEffect, useRef, useState} from 'preact/hooks';
import * as t from './strings.js';

/** A "Forget …" button, confirmed inline (window.confirm is blocked in some popups and hard to reach by keyboard). */
export function ForgetSite({label, question, onForget}: {label: string; question: string; onForget: () => void}) {
	const [asking, setAsking] = useState(false);
	const confirm = useRef<HTMLButtonElement>(null);
	const start = useRef<HTMLButtonElement>(null);
	const wasAsking = useRef(false);

	// Keep keyboard focus where the user is: on the question when it opens, back on the button when cancelled.
	useEffect(() => {
		if (asking) {
			confirm.current?.focus();
		} else if (wasAsking.current) {
			start.current?.focus();
		}

		wasAsking.current = asking;
	}, [asking]);

	const confirmed = () => {
		// Focus goes wherever onForget puts it, not back to a button that is about to disappear.
		wasAsking.current = false;
		setAsking(false);
		onForget();
	};

	if (!asking) {
		return <button ref={start} type="button" class="forget" onClick={() => setAsking(true)}>{label}</button>;
	}

	return (
		<div class="forget-confirm" role="group" aria-label={label}>
			<p>{question}</p>
			<div class="buttons">
				<button ref={confirm} type="button" class="danger" onClick={confirmed}>{t.forgetConfirm}</button>
				<button type="button" onClick={() => setAsking(false)}>{t.forgetCancel}</button>
			</div>
		</div>
	);
}
