import {audienceProfiles, type AudienceProfile} from '../src/core/model/severity.js';
import * as t from './strings.js';

/** Adult or teen band: switching re-scores what is stored, without reading any page again. */
/** `fixed`: an organisation set it for this browser (managed storage): shown, not changeable here. */
export function ProfilePicker({profile, onChange, fixed = false}: {profile: AudienceProfile; onChange: (profile: AudienceProfile) => void; fixed?: boolean}) {
	return (
		<fieldset class="profile-picker" disabled={fixed}>
			<legend>{t.profileQuestion}</legend>
			{audienceProfiles.map(option => (
				<label key={option}>
					<input type="radio" name="profile" value={option} checked={option === profile} onChange={() => onChange(option)}/>
					{t.profileLabel[option]}
				</label>
			))}
			<p class="hint">{fixed ? t.setByOrganisation : t.profileHelp}</p>
		</fieldset>
	);
}
