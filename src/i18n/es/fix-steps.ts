// Spanish counterparts of src/core/rules/fix-steps.ts. Quoted labels are the sites' Spanish UI words
// (facebook/labels-es.ts, x/labels-es.ts where read; otherwise best-known wordings, unverified).

const aboutSteps = (section: string, row: string, audience: string): string[] => [
	'Abre tu perfil y elige Información.',
	`Abre "${section}".`,
	`Junto a "${row}", selecciona el icono de público.`,
	`Elige "${audience}" y luego Guardar.`,
];

const facebookSettings = 'Abre Configuración y privacidad › Configuración.';
const findAndContact = 'Abre "Cómo pueden encontrarte y contactarte las personas".';

export const facebookSteps = {
	birthday: [...aboutSteps('Información básica y de contacto', 'Año de nacimiento', 'Solo yo'), 'Haz lo mismo con "Fecha de nacimiento": elige "Amigos" o "Solo yo".'],
	places: (row: string) => aboutSteps('Lugares de residencia', row, 'Solo yo'),
	contact: (row: string) => aboutSteps('Información básica y de contacto', row, 'Solo yo'),
	findAndContact: (question: string, answer: string) => [facebookSettings, findAndContact, `En "${question}", selecciona el público.`, `Elige "${answer}".`],
	profileAndTagging: (question: string, answer: string) => [facebookSettings, 'Abre "Perfil y etiquetado".', `En "${question}", elige "${answer}".`],
	settings: facebookSettings,
	findAndContactPage: findAndContact,
};

export const xSteps = (trail: readonly string[], action: string): string[] =>
	['Abre Más opciones › Configuración y privacidad › Privacidad y seguridad.', ...trail.map(step => `Abre "${step}".`), action];

export const xBirthdaySteps = [
	'Abre tu perfil y elige "Editar perfil".',
	'Selecciona "Fecha de nacimiento" y luego "Editar".',
	'En "¿Quién puede ver esto?", pon "Año" en "Solo tú".',
	'Pon "Mes y día" en "Se siguen mutuamente" o "Solo tú" y luego Guardar.',
];

export const linkedinSteps = (trail: readonly string[], action: string): string[] =>
	['Abre Yo › Configuración y privacidad.', ...trail.map(step => `Abre "${step}".`), action];

// LinkedIn contact info (src/core/rules/fix-steps.ts linkedinContactFix). "Información de contacto" and
// "Editar información de contacto" are best-known wordings of LinkedIn's es UI, unverified (L).
export const linkedinContactSteps = (action: string): string[] =>
	['Abre tu perfil y selecciona "Información de contacto".', 'Selecciona el lápiz ("Editar información de contacto").', action, 'Selecciona "Guardar".'];

// TikTok (src/core/rules/fix-steps.ts tiktokAppSteps / tiktokWebSteps). App path "Perfil › Menú ☰ › Ajustes y
// privacidad › Privacidad" and "Cuenta privada": TikTok's Spanish help center (support.tiktok.com/es, H).
// The web settings' Spanish wordings ("Ajustes", the "Privacidad" tab) are unverified (M).
export const tiktokAppSteps = (row: string, action: string): string[] =>
	['En la app de TikTok, abre Perfil › ☰ › Ajustes y privacidad › Privacidad.', `Abre "${row}".`, action];

export const tiktokWebSteps = (row: string, action: string): string[] =>
	['En tiktok.com, abre tu foto de perfil › Ajustes y luego la pestaña "Privacidad".', `Busca "${row}".`, action];

// Taking something out of the bio (src/core/rules/fix-steps.ts bioFixes). X's es "Biografía" and
// Instagram's es "Presentación" / "Enviar" are best-known wordings, unverified.
/** Configuración › Privacidad de YouTube: activa uno de sus interruptores para mantener algo en privado. */
export const youtubePrivacySteps = (what: string): string[] =>
	['En youtube.com, abre tu foto de perfil › Configuración y luego "Privacidad".', `Activa el interruptor para ${what}.`, 'Se guarda al instante.'];

/** Lo que muestra la sección Acerca de tu canal se cambia en YouTube Studio, al personalizar el canal, pestaña Perfil. */
export const youtubeStudioSteps = (action: string): string[] =>
	['En tu canal, selecciona "Personalizar canal": se abre YouTube Studio.', 'Abre la pestaña "Perfil".', action, 'Selecciona "Publicar".'];

export const bioSteps = (what: string): Readonly<Record<string, readonly string[]>> => ({
	x: ['Abre tu perfil y elige "Editar perfil".', `En "Biografía", borra ${what}.`, 'Selecciona "Guardar".'],
	instagram: ['Abre tu perfil y elige "Editar perfil".', `En "Presentación", borra ${what}.`, 'Selecciona "Enviar".'],
	youtube: youtubeStudioSteps(`En "Descripción", borra ${what}.`),
});

// Fixes made in a phone app (src/core/rules/fix-steps.ts appFix), along the question's Spanish path
// (src/i18n/es/questions.ts, with its confidence).
export const appSteps = (app: string, path: readonly string[], action: string): string[] =>
	[`Abre la app de ${app}.`, `Ve a ${path.join(' › ')}.`, action];

/** Reddit en la web: avatar › Configuración, luego una pestaña ("Privacidad", "Perfil") y lo que hay que hacer allí. */
export const redditSteps = (tab: string, action: string): string[] =>
	['En reddit.com, abre tu avatar › Configuración.', `Abre la pestaña "${tab}".`, action];
