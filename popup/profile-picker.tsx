import {audienceProfiles, type AudienceProfile} from '../src/core/model/severity.js';
import * as t from './strings.js';

/** Adult or teen band: switching re-scores what is stored, without reading any page again. */
export function ProfilePicker({profile, onChange}: {profile: AudienceProfile; onChange: (profile: AudienceProfile) => void}) {
	return (
		<fieldset class="profile-picker">
			<legend>{t.profileQuestion}</legend>
			{audienceProfiles.map(option => (
				<label key={option}>
					<input type="radio" name="profile" value={option} checked={option === profile} onChange={() => onChange(option)}/>
					{t.profileLabel[option]}
				</label>
			))}
			<p class="hint">{t.profileHelp}</p>
		</fieldset>
	);
}
