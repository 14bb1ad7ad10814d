import {reminderChoices, type ReminderEvery} from '../src/core/scan/reminder-due.js';
import * as t from './strings.js';

/** Off, monthly or quarterly: when due, a notification invites the user to run "Scan all". */
export function ReminderPicker({every, onChange}: {every: ReminderEvery; onChange: (every: ReminderEvery) => void}) {
	return (
		<label class="reminder-picker">
			{t.reminderQuestion}{' '}
			<select value={every} onChange={event => onChange((event.currentTarget as HTMLSelectElement).value as ReminderEvery)}>
				{reminderChoices.map(choice => <option key={choice} value={choice}>{t.reminderLabel[choice]}</option>)}
			</select>
		</label>
	);
}
