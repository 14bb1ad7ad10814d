import {reminderChoices, type ReminderEvery} from '../src/core/scan/reminder-due.js';
import * as t from './strings.js';

/** Off, monthly or quarterly: when due, a notification invites the user to run "Scan all". */
/** `fixed`: an organisation set it for this browser (managed storage): shown, not changeable here. */
export function ReminderPicker({every, onChange, fixed = false}: {every: ReminderEvery; onChange: (every: ReminderEvery) => void; fixed?: boolean}) {
	return (
		<label class="reminder-picker">
			{t.reminderQuestion}{' '}
			<select value={every} disabled={fixed} onChange={event => onChange((event.currentTarget as HTMLSelectElement).value as ReminderEvery)}>
				{reminderChoices.map(choice => <option key={choice} value={choice}>{t.reminderLabel[choice]}</option>)}
			</select>
			{fixed && <span class="hint"> {t.setByOrganisation}</span>}
		</label>
	);
}
